using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Registration;

internal static class RegistrationTestData
{
    public const string PublicUrl = RegistrationApiPaths.PublicApplications;
    public const string StaffUrl = RegistrationApiPaths.Applications;
    public const string TaishanOtherTown = "440781002"; // 台山市 大江镇

    public static string UniqueName(string town = TestData.TaishanTown) => $"江门市{TestData.Token()}餐饮管理有限公司";

    public static Dictionary<string, object?> Application(string town = TestData.TaishanTown, string? name = null) => new()
    {
        ["entityType"] = "Enterprise",
        ["name"] = name ?? UniqueName(town),
        ["legalRepresentative"] = "陈大文",
        ["legalRepresentativeIdNumber"] = TestData.NewIdNumber(),
        ["phone"] = "13800138000",
        ["address"] = "江门市测试路" + TestData.Token() + "号",
        ["townCode"] = town,
        ["businessScope"] = "餐饮服务；食品销售（仅销售预包装食品）",
        ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
    };

    public static Task<HttpResponseMessage> SubmitPublicAsync(HttpClient client, Dictionary<string, object?> body) =>
        client.PostAsJsonAsync(PublicUrl, body, TestData.Json);

    public static Task<HttpResponseMessage> SubmitStaffAsync(HttpClient client, Dictionary<string, object?> body) =>
        client.PostAsJsonAsync(StaffUrl, body, TestData.Json);

    public static JsonElement Check(JsonElement application, string check) =>
        application.GetProperty("checks").EnumerateArray().Single(r => r.GetProperty("check").GetString() == check);

    public static async Task<HttpResponseMessage> PublicGetAsync(HttpClient client, string url, string secret)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Tracking-Secret", secret);
        return await client.SendAsync(request);
    }

    public static async Task<HttpStatusCode> BanAsync(HttpClient admin, string idNumber) =>
        (await admin.PostAsJsonAsync("/api/v1/credit/bans", new
        {
            personName = "王五",
            idNumber,
            reason = "因食品安全犯罪被判处有期徒刑",
            decision = "江市监禁〔2025〕7号",
            bannedFrom = "2025-01-01",
        }, TestContext.Current.CancellationToken)).StatusCode;
}
