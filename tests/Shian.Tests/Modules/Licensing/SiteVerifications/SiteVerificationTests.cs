using System.Net;
using System.Net.Http.Json;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Licensing.SiteVerifications;

/// <summary>On-site verification ordered by a reviewer.</summary>
[Collection(AppCollection.Name)]
public sealed class SiteVerificationTests(ShianAppFactory app) : LicensingWorkbenchTestBase(app)
{
    [Fact]
    public async Task Site_verification_goes_to_the_premises_town_inspectors_and_holds_the_decision_until_recorded()
    {
        var (admin, operatorId) = await OperatorAsync();
        var id = await UnderReviewAsync(admin, operatorId);
        using var taishan = await App.ClientAsAsync(TestUsers.TaishanInspector);
        using var xinhui = await App.ClientAsAsync(TestUsers.XinhuiInspector);

        await (await taishan.PostAsJsonAsync(LicensingApiPaths.SiteVerifications(id), new { instructions = "" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        var created = await taishan.PostAsJsonAsync(LicensingApiPaths.SiteVerifications(id), new { instructions = "核实冷库温度记录" }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var verificationId = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        await (await taishan.PostAsJsonAsync(LicensingApiPaths.SiteVerifications(id), new { instructions = "再看一次" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.site_verification_open");
        await (await taishan.PostAsJsonAsync(LicensingApiPaths.Approve(id), new { }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.site_verification_open");

        (await taishan.GetStringAsync(LicensingApiPaths.Tasks, Ct)).ShouldContain(verificationId.ToString());
        (await xinhui.GetStringAsync(LicensingApiPaths.Tasks, Ct)).ShouldNotContain(verificationId.ToString());
        await (await xinhui.PostAsJsonAsync(LicensingApiPaths.SiteVerificationOutcome(verificationId), new { passed = true }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.site_verification_not_found");
        await (await taishan.PostAsJsonAsync(LicensingApiPaths.SiteVerificationOutcome(verificationId), new { passed = false }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.notes_required");
        (await (await taishan.PostAsJsonAsync(LicensingApiPaths.SiteVerificationOutcome(verificationId), new { passed = true, notes = "温度记录完整" }, Ct)).ReadJsonAsync())
            .GetProperty("status").GetString().ShouldBe("Passed");
        await (await taishan.PostAsJsonAsync(LicensingApiPaths.SiteVerificationOutcome(verificationId), new { passed = true }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.already_recorded");

        var approved = await (await taishan.PostAsJsonAsync(LicensingApiPaths.Approve(id), new { }, Ct)).ReadJsonAsync();
        approved.GetProperty("status").GetString().ShouldBe("Approved");
        approved.GetProperty("siteVerifications").EnumerateArray().Single().GetProperty("notes").GetString().ShouldBe("温度记录完整");
    }
}
