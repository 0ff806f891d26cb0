using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using QRCoder;
using Shian.Shared.Security;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Inspections;

internal static class InspectionsTestData
{
    /// <summary>A second Taishan inspector, so that teams of two can be formed (TestUsers has one per district).</summary>
    public const string SecondTaishanInspector = "t.insp.taishan2";

    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<Guid> UserIdAsync(ShianAppFactory app, string userName, string? createAsInspectorOf = null)
    {
        await Gate.WaitAsync();
        try
        {
            using var scope = app.Services.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ShianUser>>();
            if (await users.FindByNameAsync(userName) is { } existing)
            {
                return existing.Id;
            }

            var user = new ShianUser { UserName = userName, DisplayName = "台山执法员乙", JurisdictionCode = createAsInspectorOf! };
            (await users.CreateAsync(user, ShianAppFactory.Password)).Succeeded.ShouldBeTrue();
            await users.AddToRoleAsync(user, Roles.Inspector);
            return user.Id;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The ids of a valid Taishan team: t.insp.taishan and a second Taishan inspector.</summary>
    public static async Task<Guid[]> TaishanTeamAsync(ShianAppFactory app) =>
        [await UserIdAsync(app, TestUsers.TaishanInspector), await UserIdAsync(app, SecondTaishanInspector, "440781")];

    /// <summary>A Taishan inspector's client, a new operator in Taishan, its name and a valid team.</summary>
    public static async Task<(HttpClient Inspector, Guid OperatorId, string Name, Guid[] Team)> SetupAsync(ShianAppFactory app)
    {
        var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator();
        var operatorId = await TestData.CreateOperatorAsync(inspector, body);
        return (inspector, operatorId, (string)body["name"]!, await TaishanTeamAsync(app));
    }

    /// <summary>Starts an inspection and returns it; fails the test unless it was created.</summary>
    public static async Task<JsonElement> StartAsync(HttpClient client, Dictionary<string, object?> body)
    {
        var response = await CreateAsync(client, body);
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return await response.ReadJsonAsync();
    }

    public static Dictionary<string, object?> Inspection(Guid operatorId, IEnumerable<Guid> team, string sector = "catering", string kind = "routine", string? on = null) => new()
    {
        ["operatorId"] = operatorId,
        ["kind"] = kind,
        ["sector"] = sector,
        ["inspectedOn"] = on ?? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["inspectorUserIds"] = team.ToArray(),
    };

    public static Task<HttpResponseMessage> CreateAsync(HttpClient client, Dictionary<string, object?> body) =>
        client.PostAsJsonAsync(InspectionsApiPaths.Root, body, TestData.Json);

    public static Task<HttpResponseMessage> SaveItemAsync(HttpClient client, Guid id, Guid itemId, string outcome, string? note = null, bool affectsSafety = false) =>
        client.PutAsJsonAsync(InspectionsApiPaths.Item(id, itemId), new { outcome, note, affectsSafety }, TestData.Json);

    public static IEnumerable<JsonElement> Items(JsonElement inspection) => inspection.GetProperty("items").EnumerateArray();

    /// <summary>Records every item as conforming, except those <paramref name="failing"/> picks.</summary>
    public static async Task FillAsync(HttpClient client, JsonElement inspection, Func<JsonElement, bool>? failing = null)
    {
        var id = inspection.GetProperty("id").GetGuid();
        foreach (var item in Items(inspection))
        {
            var outcome = failing?.Invoke(item) == true ? "does_not_conform" : "conforms";
            (await SaveItemAsync(client, id, item.GetProperty("id").GetGuid(), outcome, outcome == "does_not_conform" ? "现场发现问题" : null))
                .EnsureSuccessStatusCode();
        }
    }

    public static Task<HttpResponseMessage> SignAsync(HttpClient client, Guid id, object? body = null) =>
        client.PostAsJsonAsync(InspectionsApiPaths.Sign(id), body ?? new { acknowledgedBy = "李四" }, TestData.Json);

    /// <summary>A real PNG (a QR code image), as a phone would upload.</summary>
    public static byte[] Png(string text = "shian inspection photo")
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var png = new PngByteQRCode(data);
        return png.GetGraphic(4);
    }
}
