using System.Net;
using System.Net.Http.Json;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Licensing.LicensingTestData;

namespace Shian.Tests.Modules.Licensing.Checks;

/// <summary>Post-approval checks recorded by inspectors, by API and on the page.</summary>
[Collection(AppCollection.Name)]
public sealed class ChecksTests(ShianAppFactory app) : LicensingWorkbenchTestBase(app)
{
    [Fact]
    public async Task Inspector_records_a_post_approval_check_and_discrepancies_flag_the_licence()
    {
        var (admin, operatorId) = await OperatorAsync();
        var confirmedNumber = (await (await ApplyAsync(admin, Application(operatorId))).ReadJsonAsync()).GetProperty("licenceNumber").GetString()!;
        var flaggedNumber = (await (await ApplyAsync(admin, Application(operatorId))).ReadJsonAsync()).GetProperty("licenceNumber").GetString()!;
        using var taishan = await App.ClientAsAsync(TestUsers.TaishanInspector);
        using var xinhui = await App.ClientAsAsync(TestUsers.XinhuiInspector);
        var checks = (await (await taishan.GetAsync(LicensingApiPaths.Tasks, Ct)).ReadJsonAsync()).GetProperty("checks").EnumerateArray().ToList();
        var confirmedCheck = checks.Single(c => c.GetProperty("licenceNumber").GetString() == confirmedNumber).GetProperty("id").GetGuid();
        var flaggedCheck = checks.Single(c => c.GetProperty("licenceNumber").GetString() == flaggedNumber).GetProperty("id").GetGuid();

        await (await xinhui.PostAsJsonAsync(LicensingApiPaths.CheckOutcome(confirmedCheck), new { outcome = "Confirmed" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.check_not_found");
        await (await taishan.PostAsJsonAsync(LicensingApiPaths.CheckOutcome(confirmedCheck), new { outcome = "Maybe" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        await (await taishan.PostAsJsonAsync(LicensingApiPaths.CheckOutcome(flaggedCheck), new { outcome = "Discrepancies", notes = " " }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.notes_required");

        (await (await taishan.PostAsJsonAsync(LicensingApiPaths.CheckOutcome(confirmedCheck), new { outcome = "Confirmed" }, Ct)).ReadJsonAsync())
            .GetProperty("licenceFlagged").GetBoolean().ShouldBeFalse();
        var flagged = await (await taishan.PostAsJsonAsync(LicensingApiPaths.CheckOutcome(flaggedCheck), new { outcome = "Discrepancies", notes = "实际经营场所面积与申报不符" }, Ct)).ReadJsonAsync();
        flagged.GetProperty("status").GetString().ShouldBe("Discrepancies");
        flagged.GetProperty("licenceFlagged").GetBoolean().ShouldBeTrue();
        await (await taishan.PostAsJsonAsync(LicensingApiPaths.CheckOutcome(flaggedCheck), new { outcome = "Confirmed" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.already_recorded");

        var open = await taishan.GetStringAsync(LicensingApiPaths.Checks, Ct);
        open.ShouldNotContain(confirmedNumber);
        open.ShouldNotContain(flaggedNumber);
        var licences = (await (await admin.GetAsync(LicensingApiPaths.OperatorLicences(operatorId), Ct)).ReadJsonAsync()).EnumerateArray().ToList();
        licences.Single(l => l.GetProperty("number").GetString() == flaggedNumber).GetProperty("flaggedForReview").GetBoolean().ShouldBeTrue();
        licences.Single(l => l.GetProperty("number").GetString() == confirmedNumber).GetProperty("flaggedForReview").GetBoolean().ShouldBeFalse();
        (await admin.GetStringAsync($"/api/v1/operators/{operatorId}/timeline", Ct)).ShouldContain("licensing.check_discrepancies");
    }

    [Fact]
    public async Task Inspector_records_a_check_on_the_checks_page()
    {
        var (admin, operatorId) = await OperatorAsync();
        var number = (await (await ApplyAsync(admin, Application(operatorId))).ReadJsonAsync()).GetProperty("licenceNumber").GetString()!;
        using var taishan = await App.ClientAsAsync(TestUsers.TaishanInspector);
        var checkId = (await (await taishan.GetAsync(LicensingApiPaths.Tasks, Ct)).ReadJsonAsync()).GetProperty("checks").EnumerateArray()
            .Single(c => c.GetProperty("licenceNumber").GetString() == number).GetProperty("id").GetGuid();

        var response = await taishan.PostFormAsync("/licensing/checks", $"check-{checkId}", ("outcome", "Discrepancies"), ("notes", "未见承诺的冷藏设备"));
        var page = await taishan.FollowRedirectAsync(response);

        page.ShouldContain("已记录");
        page.ShouldNotContain(number);
        var licence = (await (await admin.GetAsync(LicensingApiPaths.OperatorLicences(operatorId), Ct)).ReadJsonAsync()).EnumerateArray().Single();
        licence.GetProperty("flaggedForReview").GetBoolean().ShouldBeTrue();
    }
}
