using System.Net;
using System.Net.Http.Json;
using Shian.Tests.Infrastructure;
using Shian.Tests.Modules.Licensing;
using static Shian.Tests.Modules.Licensing.LicensingTestData;

namespace Shian.Tests.Hostile;

/// <summary>
/// Issue 11, finding 7: the same <c>Idempotency-Key</c> with a different body silently returned the first
/// request's result (200 with the first application on the old code). IdempotencyKeys now keeps a fingerprint
/// of the body with the key; a different body under it is 422 <c>request.idempotency_key_reused</c>.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class IdempotencyKeyReuseTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string url, object body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body, options: TestData.Json) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.SendAsync(request, Ct);
    }

    [Fact]
    public async Task A_licence_application_under_a_used_key_with_another_body_is_refused()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var operatorId = await TestData.CreateOperatorAsync(admin, TestData.Operator());
        var body = Application(operatorId);
        body.Remove("idempotencyKey");
        await WithMaterialFilesAsync(admin, body);
        var key = Guid.NewGuid().ToString("N");
        (await SendAsync(admin, LicensingApiPaths.Applications, body, key)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var other = new Dictionary<string, object?>(body) { ["premisesAddress"] = "江门市台山市台城街道另一条路1号" };
        await (await SendAsync(admin, LicensingApiPaths.Applications, other, key))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "request.idempotency_key_reused");

        // The same body is still a replay, and the key in the body instead of the header changes nothing.
        (await SendAsync(admin, LicensingApiPaths.Applications, body, key)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var inBody = new Dictionary<string, object?>(body) { ["idempotencyKey"] = key };
        (await admin.PostAsJsonAsync(LicensingApiPaths.Applications, inBody, TestData.Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_filing_under_a_used_key_with_other_items_is_refused()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var operatorId = await TestData.CreateOperatorAsync(admin, TestData.Operator());
        var key = Guid.NewGuid().ToString("N");
        var body = new Dictionary<string, object?>
        {
            ["operatorId"] = operatorId,
            ["premisesAddress"] = "江门市台山市台城街道便利店路" + Guid.NewGuid().ToString("N")[..8] + "号",
            ["premisesTownCode"] = TestData.TaishanTown,
            ["items"] = new[] { "prepackaged" },
        };
        (await SendAsync(admin, LicensingApiPaths.Filings, body, key)).StatusCode.ShouldBe(HttpStatusCode.Created);

        body["premisesAddress"] = "江门市台山市台城街道便利店路另一家";
        await (await SendAsync(admin, LicensingApiPaths.Filings, body, key))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "request.idempotency_key_reused");
    }
}
