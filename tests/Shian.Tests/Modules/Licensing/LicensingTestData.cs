using System.Net.Http.Json;
using System.Text.Json;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Licensing;

internal static class LicensingTestData
{
    public static string NewIdNumber() => TestData.NewIdNumber();

    public static Dictionary<string, object?> Application(Guid? operatorId, string town = TestData.TaishanTown) => new()
    {
        ["operatorId"] = operatorId,
        ["premisesAddress"] = "江门市台山市台城街道测试路" + Guid.NewGuid().ToString("N")[..8] + "号",
        ["premisesTownCode"] = town,
        ["businessType"] = 1,
        ["businessItems"] = new[] { "prepackaged", "bulk" },
        ["legalRepresentativeIdNumber"] = NewIdNumber(),
        ["commitment"] = true,
        ["materials"] = new Dictionary<string, bool>
        {
            ["application_form"] = true,
            ["premises_layout"] = true,
            ["safety_system"] = true,
            ["safety_manager"] = true,
        },
        ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
    };

    public static Task<HttpResponseMessage> ApplyAsync(HttpClient client, Dictionary<string, object?> body) =>
        client.PostAsJsonAsync("/api/v1/licensing/applications", body, TestData.Json);

    public static JsonElement FailedRule(JsonElement application, string rule) =>
        application.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == rule);
}
