using System.Net;
using System.Net.Http.Json;
using Shian.Modules.Licensing.Domain;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Licensing.LicensingTestData;

namespace Shian.Tests.Modules.Licensing.Decide;

/// <summary>A reviewer approves or rejects.</summary>
[Collection(AppCollection.Name)]
public sealed class DecideTests(ShianAppFactory app) : LicensingWorkbenchTestBase(app)
{
    [Fact]
    public async Task Reviewer_approves_with_a_licence_or_rejects_with_a_reason_the_applicant_reads_and_both_are_on_the_timeline_and_audited()
    {
        var (admin, operatorId) = await OperatorAsync();
        using var enterprise = await EnterpriseAsync(operatorId);
        var toApprove = await UnderReviewAsync(enterprise, null);
        var toReject = await UnderReviewAsync(enterprise, null);
        using var taishan = await App.ClientAsAsync(TestUsers.TaishanInspector);

        (await enterprise.PostAsJsonAsync(LicensingApiPaths.Approve(toApprove), new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var approved = await (await taishan.PostAsJsonAsync(LicensingApiPaths.Approve(toApprove), new { reason = "现场条件符合" }, Ct)).ReadJsonAsync();
        approved.GetProperty("status").GetString().ShouldBe("Approved");
        var number = approved.GetProperty("licenceNumber").GetString()!;
        LicenceNumber.IsWellFormed(number).ShouldBeTrue();
        var pdf = await enterprise.GetByteArrayAsync($"/api/v1/documents/{approved.GetProperty("licenceDocumentId").GetGuid()}/pdf", Ct);
        (await ExternalTools.PdfTextAsync(pdf)).ShouldContain(number);
        await (await taishan.PostAsJsonAsync(LicensingApiPaths.Approve(toApprove), new { }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.not_under_review");

        await (await taishan.PostAsJsonAsync(LicensingApiPaths.Reject(toReject), new { reason = "  " }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.reason_required");
        await (await taishan.PostAsJsonAsync(LicensingApiPaths.Reject(toReject), new { reason = new string('理', 1001) }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        var rejected = await (await taishan.PostAsJsonAsync(LicensingApiPaths.Reject(toReject), new { reason = "冷库温控设施不符合要求" }, Ct)).ReadJsonAsync();
        rejected.GetProperty("status").GetString().ShouldBe("Rejected");

        var seen = await (await enterprise.GetAsync(LicensingApiPaths.ApplicationDetails(toReject), Ct)).ReadJsonAsync();
        seen.GetProperty("status").GetString().ShouldBe("Rejected");
        seen.GetProperty("reviewReason").GetString().ShouldBe("冷库温控设施不符合要求");
        var page = await enterprise.GetPageAsync($"/licensing/applications/{toReject}");
        page.ShouldContain("不予许可");
        page.ShouldContain("冷库温控设施不符合要求");
        (await enterprise.GetPageAsync($"/licensing/applications/{toApprove}")).ShouldContain(number);

        var timeline = await admin.GetStringAsync($"/api/v1/operators/{operatorId}/timeline", Ct);
        timeline.ShouldContain("licensing.application_approved");
        timeline.ShouldContain("licensing.application_rejected");
        timeline.ShouldContain(number);
        var audit = await admin.GetStringAsync($"/api/v1/audit/entries?entityId={toReject}", Ct);
        audit.ShouldContain("Rejected");
        audit.ShouldContain("冷库温控设施不符合要求");

        var licences = await (await enterprise.GetAsync(LicensingApiPaths.OperatorLicences(operatorId), Ct)).ReadJsonAsync();
        licences.EnumerateArray().Select(l => l.GetProperty("number").GetString()).ShouldContain(number);
        var tab = await admin.GetPageAsync($"/operators/{operatorId}?tab=licensing");
        tab.ShouldContain(number);
        tab.ShouldContain($"/licensing/applications/{toReject}");
    }

    [Fact]
    public async Task Two_reviewers_approving_at_once_issue_one_licence()
    {
        var (admin, operatorId) = await OperatorAsync();
        var id = await UnderReviewAsync(admin, operatorId);
        using var taishan = await App.ClientAsAsync(TestUsers.TaishanInspector);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => taishan.PostAsJsonAsync(LicensingApiPaths.Approve(id), new { }, Ct)));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.OK).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict);
        var licences = await (await admin.GetAsync(LicensingApiPaths.OperatorLicences(operatorId), Ct)).ReadJsonAsync();
        licences.GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_banned_legal_representative_cannot_be_approved_by_a_reviewer()
    {
        var (admin, operatorId) = await OperatorAsync();
        var body = Application(operatorId);
        (await admin.PostAsJsonAsync("/api/v1/credit/bans", new
        {
            personName = "李四",
            idNumber = body["legalRepresentativeIdNumber"],
            reason = "食品安全犯罪",
            decision = "江市监罚〔2025〕30号",
            bannedFrom = "2025-01-01",
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await (await ApplyAsync(admin, body)).ReadJsonAsync()).GetProperty("id").GetGuid();
        using var taishan = await App.ClientAsAsync(TestUsers.TaishanInspector);

        await (await taishan.PostAsJsonAsync(LicensingApiPaths.Approve(id), new { }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.approval_barred");
        (await (await taishan.PostAsJsonAsync(LicensingApiPaths.Reject(id), new { reason = "法定代表人处于从业禁止期" }, Ct)).ReadJsonAsync())
            .GetProperty("status").GetString().ShouldBe("Rejected");
    }
}
