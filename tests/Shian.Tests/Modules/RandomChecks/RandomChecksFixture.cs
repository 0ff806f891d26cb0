using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.RiskGrading.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.RandomChecks;

/// <summary>
/// Builders for the module's tests. Each test draws from its own town (mostly 开平, 440783) with the <c>sales</c>
/// category, so its pool holds only the operators it created; the inspector pool is 开平's inspectors, which only
/// these tests create (the shared test users are in 台山 and 新会).
/// </summary>
internal static class RandomChecksFixture
{
    public const string District = "440783";
    public const string Category = "sales";

    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<List<(Guid Id, string Code)>> OperatorsAsync(HttpClient admin, string town, int count)
    {
        var list = new List<(Guid, string)>();
        for (var i = 0; i < count; i++)
        {
            var body = TestData.Operator(town);
            body["categories"] = new[] { Category };
            list.Add((await TestData.CreateOperatorAsync(admin, body), (string)body["creditCode"]!));
        }

        return list;
    }

    /// <summary>Creates inspectors posted in <paramref name="jurisdiction"/>; they sign in with the test password.</summary>
    public static async Task<List<(Guid Id, string UserName)>> InspectorsAsync(ShianAppFactory app, int count, string jurisdiction = District)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShianUser>>();
        var created = new List<(Guid, string)>();
        for (var i = 0; i < count; i++)
        {
            var name = "t.rc." + TestData.Token().ToLowerInvariant();
            var user = new ShianUser { UserName = name, DisplayName = "检查员" + name[5..], JurisdictionCode = jurisdiction };
            (await users.CreateAsync(user, ShianAppFactory.Password)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Roles.Inspector);
            created.Add((user.Id, name));
        }

        return created;
    }

    public static async Task<Guid> StaffAsync(ShianAppFactory app, string userName, string role, string jurisdiction)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShianUser>>();
        var user = new ShianUser { UserName = userName, DisplayName = userName, JurisdictionCode = jurisdiction };
        (await users.CreateAsync(user, ShianAppFactory.Password)).Succeeded.ShouldBeTrue();
        await users.AddToRoleAsync(user, role);
        return user.Id;
    }

    public static async Task<string> UserNameAsync(ShianAppFactory app, Guid id)
    {
        using var scope = app.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<ShianUser>>().FindByIdAsync(id.ToString()))!.UserName!;
    }

    public static async Task<int> InspectorCountAsync(ShianAppFactory app, string prefix = District)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        var role = db.Roles.Where(r => r.Name == Roles.Inspector).Select(r => r.Id);
        return await db.Users.CountAsync(u => u.JurisdictionCode.StartsWith(prefix) && db.UserRoles.Any(ur => ur.UserId == u.Id && role.Contains(ur.RoleId)), Ct);
    }

    public static Dictionary<string, object?> Task(string town, decimal? proportion = 100m, int? count = null, int? perTarget = null) => new()
    {
        ["name"] = "双随机测试" + TestData.Token(),
        ["jurisdictionCode"] = town,
        ["category"] = Category,
        ["proportion"] = proportion,
        ["count"] = count,
        ["inspectorsPerTarget"] = perTarget,
    };

    public static async Task<Guid> CreateTaskAsync(HttpClient admin, Dictionary<string, object?> body)
    {
        var response = await admin.PostAsJsonAsync(RandomChecksApiPaths.Tasks, body, TestData.Json, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.ReadJsonAsync()).GetProperty("id").GetGuid();
    }

    public static Task<HttpResponseMessage> CommitAsync(HttpClient client, Guid taskId, string? reason = null) =>
        client.PostAsJsonAsync(RandomChecksApiPaths.Commit(taskId), new { reason }, TestData.Json, Ct);

    public static Task<HttpResponseMessage> DrawAsync(HttpClient client, Guid taskId) =>
        client.PostAsync(RandomChecksApiPaths.Draw(taskId), null, Ct);

    public static async Task<JsonElement> VerificationAsync(HttpClient client, Guid taskId) =>
        await (await client.GetAsync(RandomChecksApiPaths.Verification(taskId), Ct)).ReadJsonAsync();

    /// <summary>The drawn inspectors (ids) per credit code of the task's latest round.</summary>
    public static Dictionary<string, List<string>> Drawn(JsonElement verification) =>
        verification.GetProperty("rounds").EnumerateArray().Last().GetProperty("drawn").EnumerateArray()
            .ToDictionary(d => d.GetProperty("creditCode").GetString()!, d => d.GetProperty("inspectors").EnumerateArray().Select(i => i.GetString()!).ToList());

    /// <summary>Raises a real <see cref="InspectionCompleted"/> in a scope of the app and saves, as the Inspections module will.</summary>
    public static async Task RaiseInspectionAsync(
        ShianAppFactory app, Guid operatorId, string town, IReadOnlyList<Guid> inspectors, DateOnly on, string? source = null,
        InspectionResult result = InspectionResult.Conforms)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        db.Raise(new InspectionCompleted(
            Guid.CreateVersion7(), operatorId, null, town, "routine", "sales", result, 0, 0, 100m, on, on.AddDays(28), inspectors, source, null));
        await db.SaveChangesAsync(Ct);
    }

    public static string Id(Guid id) => id.ToString("D");

    /// <summary>Runs scripts/randomchecks_verify.py (the independent Python verifier) on a verification JSON.</summary>
    public static async Task<string> RunVerifierAsync(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"shian-rc-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, json, Ct);
        try
        {
            return await ExternalTools.RunAsync("python3", Path.Combine(RepoRoot(), "scripts", "randomchecks_verify.py"), path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Sets operators' current risk grades (null: no grade row, as for an operator not graded yet), straight in the
    /// RiskGrading table: the draw reads them through IRiskGrades, so the test controls exactly who is C or D.
    /// </summary>
    public static async Task SetGradesAsync(ShianAppFactory app, IEnumerable<(Guid OperatorId, string? Grade)> grades)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        foreach (var (id, grade) in grades)
        {
            var rows = db.Set<OperatorGrade>().IgnoreQueryFilters().Where(g => g.OperatorId == id);
            if (grade is null)
            {
                await rows.ExecuteDeleteAsync(Ct);
            }
            else
            {
                (await rows.ExecuteUpdateAsync(s => s.SetProperty(g => g.Grade, grade), Ct)).ShouldBe(1, "the operator was graded on registration");
            }
        }
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Shian.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Shian.slnx not found above the test binaries.");
    }
}
