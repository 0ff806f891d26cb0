using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Registration.Domain;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Registration.RegistrationTestData;

namespace Shian.Tests.Modules.Registration.Review;

[Collection(AppCollection.Name)]
public sealed class ReviewApiTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Town_outside_the_city_goes_to_review_and_cannot_be_approved_only_rejected()
    {
        using var anonymous = app.AnonymousClient();
        var application = await (await SubmitPublicAsync(anonymous, Application("440105001"))).ReadJsonAsync();

        application.GetProperty("status").GetString().ShouldBe("UnderReview");
        var check = Check(application, RegistrationChecks.TownInJurisdiction);
        check.GetProperty("passed").GetBoolean().ShouldBeFalse();
        check.GetProperty("explanation").GetString()!.ShouldContain("440105001");

        // Only city-level staff see an address outside every district; a district reviewer does not.
        var id = application.GetProperty("id").GetGuid();
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        (await taishan.GetAsync($"{StaffUrl}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await (await admin.PostAsJsonAsync($"{StaffUrl}/{id}/approve", new { reason = "同意" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "registration.town_not_in_jurisdiction");
        var rejected = await (await admin.PostAsJsonAsync($"{StaffUrl}/{id}/reject", new { reason = "住所不在本市，请向住所地登记机关申请" }, Ct)).ReadJsonAsync();
        rejected.GetProperty("status").GetString().ShouldBe("Rejected");
    }

    [Fact]
    public async Task Reviewer_approves_with_a_reason_and_rejects_another_and_cannot_decide_twice()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var toApprove = Application();
        var toReject = Application();
        (await BanAsync(admin, (string)toApprove["legalRepresentativeIdNumber"]!)).ShouldBe(HttpStatusCode.Created);
        (await BanAsync(admin, (string)toReject["legalRepresentativeIdNumber"]!)).ShouldBe(HttpStatusCode.Created);
        using var anonymous = app.AnonymousClient();
        var a = await (await SubmitPublicAsync(anonymous, toApprove)).ReadJsonAsync();
        var r = await (await SubmitPublicAsync(anonymous, toReject)).ReadJsonAsync();
        var aId = a.GetProperty("id").GetGuid();
        var rId = r.GetProperty("id").GetGuid();

        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var queue = await (await taishan.GetAsync($"{StaffUrl}?status=UnderReview&pageSize=200", Ct)).ReadJsonAsync();
        var item = queue.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == aId);
        item.GetProperty("failedChecks").GetString()!.ShouldContain("从业禁止");

        await (await taishan.PostAsJsonAsync($"{StaffUrl}/{aId}/approve", new { reason = "" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        var approved = await (await taishan.PostAsJsonAsync($"{StaffUrl}/{aId}/approve", new { reason = "禁业决定已撤销，经核实同意登记" }, Ct)).ReadJsonAsync();
        approved.GetProperty("status").GetString().ShouldBe("Approved");
        approved.GetProperty("decisionReason").GetString().ShouldBe("禁业决定已撤销，经核实同意登记");
        var code = approved.GetProperty("creditCode").GetString()!;
        CreditCodes.IsValid(code).ShouldBeTrue();
        code[2..8].ShouldBe("440781");
        (await admin.GetAsync($"/api/v1/operators/{approved.GetProperty("operatorId").GetGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var rejected = await (await taishan.PostAsJsonAsync($"{StaffUrl}/{rId}/reject", new { reason = "法定代表人处于从业禁止期内" }, Ct)).ReadJsonAsync();
        rejected.GetProperty("status").GetString().ShouldBe("Rejected");
        rejected.GetProperty("creditCode").ValueKind.ShouldBe(JsonValueKind.Null);
        var seen = await (await PublicGetAsync(anonymous, $"{PublicUrl}/{r.GetProperty("trackingNumber").GetString()}", r.GetProperty("secret").GetString()!)).ReadJsonAsync();
        seen.GetProperty("status").GetString().ShouldBe("Rejected");
        seen.GetProperty("decisionReason").GetString().ShouldBe("法定代表人处于从业禁止期内");

        await (await taishan.PostAsJsonAsync($"{StaffUrl}/{aId}/reject", new { reason = "再次决定" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "registration.not_under_review");
        await (await taishan.PostAsJsonAsync($"{StaffUrl}/{rId}/approve", new { reason = "再次决定" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "registration.not_under_review");
    }

    [Fact]
    public async Task Reviewer_of_another_district_can_neither_see_nor_decide()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var body = Application();
        (await BanAsync(admin, (string)body["legalRepresentativeIdNumber"]!)).ShouldBe(HttpStatusCode.Created);
        using var anonymous = app.AnonymousClient();
        var id = (await (await SubmitPublicAsync(anonymous, body)).ReadJsonAsync()).GetProperty("id").GetGuid();
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);

        await (await xinhui.GetAsync($"{StaffUrl}/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "registration.application_not_found");
        await (await xinhui.PostAsJsonAsync($"{StaffUrl}/{id}/approve", new { reason = "越权核准" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "registration.application_not_found");
        await (await xinhui.PostAsJsonAsync($"{StaffUrl}/{id}/reject", new { reason = "越权驳回" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "registration.application_not_found");
        var queue = await xinhui.GetStringAsync($"{StaffUrl}?pageSize=200", Ct);
        queue.ShouldNotContain(id.ToString());
        (await xinhui.GetAsync($"/registration/review/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Nor may a Xinhui officer file at the counter for a Taishan address.
        await (await SubmitStaffAsync(xinhui, Application())).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "security.out_of_scope");

        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        (await taishan.GetAsync($"{StaffUrl}/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Twenty_concurrent_reviewer_approvals_get_twenty_distinct_valid_codes()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        using var anonymous = app.AnonymousClient();
        var ids = new List<Guid>();
        for (var i = 0; i < 20; i++)
        {
            var body = Application("440783001"); // 开平市
            (await BanAsync(admin, (string)body["legalRepresentativeIdNumber"]!)).ShouldBe(HttpStatusCode.Created);
            ids.Add((await (await SubmitPublicAsync(anonymous, body)).ReadJsonAsync()).GetProperty("id").GetGuid());
        }

        var responses = await Task.WhenAll(ids.Select(id => admin.PostAsJsonAsync($"{StaffUrl}/{id}/approve", new { reason = "经核实同意" }, Ct)));

        var codes = new List<string>();
        foreach (var response in responses)
        {
            codes.Add((await response.ReadJsonAsync()).GetProperty("creditCode").GetString()!);
        }

        codes.Distinct().Count().ShouldBe(20);
        codes.ShouldAllBe(c => CreditCodes.IsValid(c) && c.Substring(2, 6) == "440783");
    }
}
