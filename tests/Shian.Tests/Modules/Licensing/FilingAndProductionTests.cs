using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shian.Modules.Licensing.Domain;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Licensing.LifecycleTestKit;

namespace Shian.Tests.Modules.Licensing;

/// <summary>备案 for pre-packaged-only sellers (YB numbers) and SC production licences (always on-site review).</summary>
[Collection(AppCollection.Name)]
public sealed class FilingAndProductionTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> Filing(Guid? operatorId, params string[] items) => new()
    {
        ["operatorId"] = operatorId,
        ["premisesAddress"] = "江门市台山市台城街道便利店路" + Guid.NewGuid().ToString("N")[..8] + "号",
        ["premisesTownCode"] = TestData.TaishanTown,
        ["items"] = items,
        ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
    };

    private static Dictionary<string, object?> Production(Guid? operatorId, string category = "101") => new()
    {
        ["operatorId"] = operatorId,
        ["premisesAddress"] = "江门市台山市台城街道工业路" + Guid.NewGuid().ToString("N")[..8] + "号",
        ["premisesTownCode"] = TestData.TaishanTown,
        ["foodCategory"] = category,
        ["legalRepresentativeIdNumber"] = TestData.NewIdNumber(),
        ["commitment"] = true,
        ["materials"] = AllMaterials(ProductionMaterials),
        ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
    };

    private async Task<(HttpClient Admin, Guid OperatorId)> OperatorAsync()
    {
        var admin = await app.ClientAsAsync(TestUsers.Admin);
        return (admin, await TestData.CreateOperatorAsync(admin));
    }

    [Fact]
    public async Task Prepackaged_only_seller_is_filed_at_once_with_a_YB_number_verifiable_in_public_and_a_replay_returns_it()
    {
        var (admin, operatorId) = await OperatorAsync();
        var body = Filing(operatorId, "prepackaged");

        var response = await admin.PostAsJsonAsync(LicensingApiPaths.Filings, body, TestData.Json, Ct);
        var replay = await admin.PostAsJsonAsync(LicensingApiPaths.Filings, body, TestData.Json, Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        var number = (await response.ReadJsonAsync()).GetProperty("number").GetString()!;
        (await replay.ReadJsonAsync()).GetProperty("number").GetString().ShouldBe(number);
        number.ShouldMatch(@"^YB1440781\d{7}$");
        FilingNumber.IsWellFormed(number).ShouldBeTrue();
        using var anonymous = app.AnonymousClient();
        var verified = await (await anonymous.GetAsync(LicensingApiPaths.VerifyFiling(number), Ct)).ReadJsonAsync();
        verified.GetProperty("status").GetString().ShouldBe("Active");
        (await anonymous.GetStringAsync($"/verify/filing/{number}", Ct)).ShouldContain("已备案");
        (await anonymous.GetAsync("/verify/filing/YB14407810000000", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetStringAsync($"/api/v1/operators/{operatorId}/timeline", Ct)).ShouldContain("licensing.filing_recorded");
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        await (await xinhui.GetAsync(LicensingApiPaths.Filing(number), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.filing_not_found");
        var again = Filing(operatorId, "prepackaged");
        again["premisesAddress"] = body["premisesAddress"];
        await (await admin.PostAsJsonAsync(LicensingApiPaths.Filings, again, TestData.Json, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.filing_exists");
    }

    [Fact]
    public async Task Filing_anything_but_prepackaged_food_is_refused_with_the_reason_and_out_of_scope_staff_cannot_file()
    {
        var (admin, operatorId) = await OperatorAsync();

        var refused = await (await admin.PostAsJsonAsync(LicensingApiPaths.Filings, Filing(operatorId, "prepackaged", "bulk"), TestData.Json, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "licensing.filing_not_applicable");

        refused.GetProperty("detail").GetString()!.ShouldContain("散装食品销售");
        refused.GetProperty("detail").GetString()!.ShouldContain("第三十五条");
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        await (await xinhui.PostAsJsonAsync(LicensingApiPaths.Filings, Filing(operatorId, "prepackaged"), TestData.Json, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.operator_not_found");
        var noKey = Filing(operatorId, "prepackaged");
        noKey.Remove("idempotencyKey");
        await (await admin.PostAsJsonAsync(LicensingApiPaths.Filings, noKey, TestData.Json, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.idempotency_key_required");
    }

    [Fact]
    public async Task Concurrent_filings_never_share_a_number()
    {
        var (admin, operatorId) = await OperatorAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            admin.PostAsJsonAsync(LicensingApiPaths.Filings, Filing(operatorId, "prepackaged"), TestData.Json, Ct)));

        var numbers = new List<string>();
        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
            numbers.Add((await response.ReadJsonAsync()).GetProperty("number").GetString()!);
        }

        numbers.Distinct().Count().ShouldBe(20);
        numbers.ShouldAllBe(n => FilingNumber.IsWellFormed(n));
    }

    [Fact]
    public async Task Production_application_is_never_approved_at_once_and_gets_an_SC_number_when_the_reviewer_approves()
    {
        var (admin, operatorId) = await OperatorAsync();

        var application = await (await admin.PostAsJsonAsync(LicensingApiPaths.ProductionApplications, Production(operatorId), TestData.Json, Ct)).ReadJsonAsync();

        application.GetProperty("kind").GetString().ShouldBe("Production");
        application.GetProperty("status").GetString().ShouldBe("UnderReview");
        application.GetProperty("licenceNumber").ValueKind.ShouldBe(JsonValueKind.Null);
        var rule = Rules(application).Single(r => r.GetProperty("rule").GetString() == LifecycleRules.KindAllowsCommitment);
        rule.GetProperty("passed").GetBoolean().ShouldBeFalse();
        rule.GetProperty("explanation").GetString()!.ShouldContain("现场核查");
        rule.GetProperty("citation").GetString()!.ShouldContain("令第24号");
        var id = application.GetProperty("id").GetGuid();

        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        await (await Decide(xinhui, id, true)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.application_not_found");
        await (await Decide(admin, id, null)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var approved = await (await Decide(taishan, id, true)).ReadJsonAsync();

        approved.GetProperty("status").GetString().ShouldBe("Approved");
        var number = approved.GetProperty("licenceNumber").GetString()!;
        number.ShouldMatch(@"^SC101440781\d{5}$");
        ProductionLicenceNumber.IsWellFormed(number).ShouldBeTrue();
        using var anonymous = app.AnonymousClient();
        (await VerifiedStatusAsync(anonymous, number)).ShouldBe("Valid");
        (await anonymous.GetStringAsync($"/verify/licence/{number}", Ct)).ShouldContain("食品生产许可证核验");
        var licence = await (await admin.GetAsync(LicensingApiPaths.Licence(number), Ct)).ReadJsonAsync();
        var text = await ExternalTools.PdfTextAsync(await admin.GetByteArrayAsync($"/api/v1/documents/{licence.GetProperty("documentId").GetGuid()}/pdf", Ct));
        text.ShouldContain("食品生产许可证");
        text.ShouldContain(number);
        (await admin.GetStringAsync($"/api/v1/operators/{operatorId}/timeline", Ct)).ShouldContain("licensing.production_licence_issued");
        await (await Decide(taishan, id, false)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.not_under_review");
    }

    [Fact]
    public async Task Production_refusals_unknown_category_enterprise_cannot_decide_and_rejection_issues_nothing()
    {
        var (admin, operatorId) = await OperatorAsync();
        await (await admin.PostAsJsonAsync(LicensingApiPaths.ProductionApplications, Production(operatorId, "199"), TestData.Json, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.unknown_food_category");
        var application = await (await admin.PostAsJsonAsync(LicensingApiPaths.ProductionApplications, Production(operatorId, "201"), TestData.Json, Ct)).ReadJsonAsync();
        var id = application.GetProperty("id").GetGuid();
        var held = await new LifecycleTestKit(app).LicenceAsync();
        (await Decide(held.Enterprise, id, true)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var rejected = await (await Decide(admin, id, false)).ReadJsonAsync();

        rejected.GetProperty("status").GetString().ShouldBe("Rejected");
        rejected.GetProperty("licenceNumber").ValueKind.ShouldBe(JsonValueKind.Null);
        (await admin.GetStringAsync($"/api/v1/operators/{operatorId}/timeline", Ct)).ShouldContain("licensing.production_rejected");
    }

    [Fact]
    public async Task Twenty_parallel_production_approvals_give_twenty_distinct_valid_SC_numbers()
    {
        var (admin, operatorId) = await OperatorAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            var response = await admin.PostAsJsonAsync(LicensingApiPaths.ProductionApplications, Production(operatorId, "124"), TestData.Json, Ct);
            ids.Add((await response.ReadJsonAsync()).GetProperty("id").GetGuid());
        }

        var responses = await Task.WhenAll(ids.Select(id => Decide(admin, id, true)));

        var numbers = new List<string>();
        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
            numbers.Add((await response.ReadJsonAsync()).GetProperty("licenceNumber").GetString()!);
        }

        numbers.Distinct().Count().ShouldBe(20);
        numbers.ShouldAllBe(n => ProductionLicenceNumber.IsWellFormed(n) && n.StartsWith("SC124440781", StringComparison.Ordinal));
    }

    private static Task<HttpResponseMessage> Decide(HttpClient client, Guid id, bool? approve) =>
        client.PostAsJsonAsync(
            LicensingApiPaths.ProductionDecision(id),
            new { approve, siteReviewNote = "现场核查：生产场所、设备设施与申请材料一致。" },
            TestData.Json,
            TestContext.Current.CancellationToken);
}
