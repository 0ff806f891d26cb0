using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Licensing.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Licensing.LicensingTestData;

namespace Shian.Tests.Modules.Licensing;

/// <summary>Licences to act on, and the means to age them: the app's clock is real, so tests move the licence's dates.</summary>
internal sealed class LifecycleTestKit(ShianAppFactory app)
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static Dictionary<string, bool> AllMaterials(params string[] keys) => keys.ToDictionary(k => k, _ => true);

    public static readonly string[] ChangeMaterials = ["application_form", "change_evidence", "original_licence"];
    public static readonly string[] RenewalMaterials = ["application_form", "conditions_statement"];
    public static readonly string[] ReplacementMaterials = ["application_form", "loss_statement"];
    public static readonly string[] CancellationMaterials = ["application_form", "original_licence"];
    public static readonly string[] ProductionMaterials = ["application_form", "premises_layout", "equipment_list", "process_flow", "safety_system", "safety_staff"];

    /// <summary>A Taishan operator with a licence granted at once, and an enterprise user acting for it.</summary>
    public async Task<Held> LicenceAsync()
    {
        var admin = await app.ClientAsAsync(TestUsers.Admin);
        var operatorBody = TestData.Operator();
        var operatorId = await TestData.CreateOperatorAsync(admin, operatorBody);
        var body = Application(operatorId);
        var application = await (await ApplyAsync(admin, body)).ReadJsonAsync();
        var number = application.GetProperty("licenceNumber").GetString()!;
        var userName = "t.ent." + Guid.NewGuid().ToString("N")[..8];
        using (var scope = app.Services.CreateScope())
        {
            await TestUsers.CreateEnterpriseUserAsync(scope.ServiceProvider.GetRequiredService<UserManager<ShianUser>>(), userName, operatorId);
        }

        return new Held(admin, await app.ClientAsAsync(userName), operatorId, (string)operatorBody["name"]!, number, (string)body["legalRepresentativeIdNumber"]!);
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string number, string kind, Dictionary<string, object?> body) =>
        await client.PostAsJsonAsync($"/api/v1/licensing/licences/{number}/{kind}", body, TestData.Json);

    public static Dictionary<string, object?> Body(string[] materials, bool commitment = true) => new()
    {
        ["commitment"] = commitment,
        ["materials"] = AllMaterials(materials),
        ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
    };

    /// <summary>Moves a licence's last day of validity, as time passing would.</summary>
    public async Task SetValidUntilAsync(string number, DateOnly validUntil)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        (await db.Set<Licence>().IgnoreQueryFilters().Where(l => l.Number == number)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.ValidUntil, validUntil), TestContext.Current.CancellationToken)).ShouldBe(1);
    }

    public async Task<Licence> StoredAsync(string number)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ShianDbContext>().Set<Licence>().IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(l => l.Number == number, TestContext.Current.CancellationToken);
    }

    public async Task<int> ApplicationsForAsync(string number)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        var id = await db.Set<Licence>().IgnoreQueryFilters().Where(l => l.Number == number).Select(l => l.Id).SingleAsync(TestContext.Current.CancellationToken);
        return await db.Set<LicenceApplication>().IgnoreQueryFilters().CountAsync(a => a.TargetLicenceId == id, TestContext.Current.CancellationToken);
    }

    public static async Task<string> VerifiedStatusAsync(HttpClient anonymous, string number)
    {
        var response = await anonymous.GetAsync(LicensingApiPaths.Verify(number), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.ReadJsonAsync()).GetProperty("status").GetString()!;
    }

    public static IEnumerable<JsonElement> Rules(JsonElement application) => application.GetProperty("rules").EnumerateArray();
}

internal sealed record Held(HttpClient Admin, HttpClient Enterprise, Guid OperatorId, string OperatorName, string Number, string LegalRepresentativeIdNumber = "");
