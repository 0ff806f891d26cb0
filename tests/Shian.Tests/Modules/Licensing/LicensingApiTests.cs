using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Licensing.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Licensing.LicensingTestData;

namespace Shian.Tests.Modules.Licensing;

[Collection(AppCollection.Name)]
public sealed class LicensingApiTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Admin, Guid OperatorId, string OperatorName)> OperatorAsync()
    {
        var admin = await app.ClientAsAsync(TestUsers.Admin);
        var body = TestData.Operator();
        return (admin, await TestData.CreateOperatorAsync(admin, body), (string)body["name"]!);
    }

    [Fact]
    public async Task Commitment_application_is_approved_at_once_with_a_licence_pdf_timeline_and_check_task()
    {
        var (admin, operatorId, name) = await OperatorAsync();

        var response = await ApplyAsync(admin, Application(operatorId));

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var application = await response.ReadJsonAsync();
        application.GetProperty("status").GetString().ShouldBe("Approved");
        application.GetProperty("rules").EnumerateArray().Count().ShouldBe(7);
        application.GetProperty("rules").EnumerateArray().ShouldAllBe(r => r.GetProperty("passed").GetBoolean());
        application.GetProperty("legalRepresentativeIdNumber").GetString()!.ShouldContain("**********");
        var number = application.GetProperty("licenceNumber").GetString()!;
        number.ShouldMatch(@"^JY1440781\d{7}$");
        LicenceNumber.IsWellFormed(number).ShouldBeTrue();

        var licence = await (await admin.GetAsync(LicensingApiPaths.Licence(number), Ct)).ReadJsonAsync();
        licence.GetProperty("status").GetString().ShouldBe("Valid");
        var validUntil = DateOnly.Parse(licence.GetProperty("validUntil").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        validUntil.ShouldBe(DateOnly.Parse(licence.GetProperty("issuedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture).AddYears(5).AddDays(-1));

        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        (await taishan.GetStringAsync(LicensingApiPaths.Checks, Ct)).ShouldContain(number);
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        (await xinhui.GetStringAsync(LicensingApiPaths.Checks, Ct)).ShouldNotContain(number);

        var file = await admin.GetStringAsync($"/api/v1/operators/{operatorId}/timeline", Ct);
        file.ShouldContain("licensing.licence_issued");

        // The file now says what the operator is licensed for (it was registered for catering only), and the
        // enterprise has a message in its inbox with the way to its licence.
        var operatorFile = await (await admin.GetAsync($"/api/v1/operators/{operatorId}", Ct)).ReadJsonAsync();
        operatorFile.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).ShouldBe(["catering", "sales"], ignoreOrder: true);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
            var messages = db.Set<Shian.Modules.Operators.Domain.InboxMessage>().Unscoped("the test reads the message the licence posted")
                .Where(m => m.OperatorId == operatorId).Select(m => new { m.Kind, m.Title }).ToList();
            messages.ShouldContain(m => m.Kind == "licensing.licence_issued" && m.Title.Contains(number));
        }

        var pdf = await admin.GetByteArrayAsync($"/api/v1/documents/{licence.GetProperty("documentId").GetGuid()}/pdf", Ct);
        var text = await ExternalTools.PdfTextAsync(pdf);
        text.ShouldContain(number);
        text.ShouldContain(name);
        text.ShouldContain("12315");
        var qr = (await ExternalTools.PdfQrCodesAsync(pdf)).ShouldHaveSingleItem();
        qr.ShouldContain("/verify/document/");
        using var anonymous = app.AnonymousClient();
        (await anonymous.GetStringAsync(new Uri(qr).PathAndQuery, Ct)).ShouldContain(number);
    }

    [Fact]
    public async Task Public_verification_shows_status_name_and_validity_but_no_personal_data()
    {
        var (admin, operatorId, name) = await OperatorAsync();
        var body = Application(operatorId);
        var number = (await (await ApplyAsync(admin, body)).ReadJsonAsync()).GetProperty("licenceNumber").GetString()!;
        using var anonymous = app.AnonymousClient();

        var verified = await (await anonymous.GetAsync(LicensingApiPaths.Verify(number), Ct)).ReadJsonAsync();
        verified.GetProperty("status").GetString().ShouldBe("Valid");
        verified.GetProperty("operatorName").GetString().ShouldBe(name);
        verified.GetRawText().ShouldNotContain((string)body["legalRepresentativeIdNumber"]!);
        var page = await anonymous.GetStringAsync($"/verify/licence/{number}", Ct);
        page.ShouldContain("有效");
        page.ShouldContain(name);
        (await anonymous.GetAsync("/verify/licence/JY10000000000000", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await anonymous.GetAsync("/api/v1/licensing/verify/JY10000000000000", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.licence_not_found");
        (await anonymous.GetAsync(LicensingApiPaths.Licence(number), Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Banned_legal_representative_sends_the_application_to_review_with_the_ban_as_reason()
    {
        var (admin, operatorId, _) = await OperatorAsync();
        var body = Application(operatorId);
        (await admin.PostAsJsonAsync("/api/v1/credit/bans", new
        {
            personName = "王五",
            idNumber = body["legalRepresentativeIdNumber"],
            reason = "因食品安全犯罪被判处有期徒刑",
            decision = "江市监罚〔2025〕12号",
            bannedFrom = "2025-01-01",
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var application = await (await ApplyAsync(admin, body)).ReadJsonAsync();

        application.GetProperty("status").GetString().ShouldBe("UnderReview");
        application.GetProperty("licenceNumber").ValueKind.ShouldBe(JsonValueKind.Null);
        var rule = FailedRule(application, InstantApprovalRules.LegalRepresentativeNotBanned);
        rule.GetProperty("passed").GetBoolean().ShouldBeFalse();
        rule.GetProperty("explanation").GetString()!.ShouldContain("江市监罚〔2025〕12号");
        rule.GetProperty("citation").GetString()!.ShouldContain("食品安全法");
    }

    [Fact]
    public async Task Serious_violation_listing_duplicate_premises_and_out_of_scope_items_each_send_to_review()
    {
        var (admin, operatorId, _) = await OperatorAsync();
        var first = Application(operatorId);
        (await ApplyAsync(admin, first)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var again = Application(operatorId);
        again["premisesAddress"] = first["premisesAddress"];
        var duplicate = await (await ApplyAsync(admin, again)).ReadJsonAsync();
        FailedRule(duplicate, InstantApprovalRules.NoActiveLicence).GetProperty("passed").GetBoolean().ShouldBeFalse();

        var cold = Application(operatorId);
        cold["businessItems"] = new[] { "cold_chain" };
        var coldResult = await (await ApplyAsync(admin, cold)).ReadJsonAsync();
        coldResult.GetProperty("status").GetString().ShouldBe("UnderReview");
        var coldRule = FailedRule(coldResult, InstantApprovalRules.CommitmentScope);
        coldRule.GetProperty("passed").GetBoolean().ShouldBeFalse();
        coldRule.GetProperty("explanation").GetString()!.ShouldContain("冷藏冷冻食品销售");

        var canteen = Application(operatorId);
        canteen["businessType"] = 3;
        canteen["businessItems"] = new[] { "hot_food" };
        FailedRule(await (await ApplyAsync(admin, canteen)).ReadJsonAsync(), InstantApprovalRules.CommitmentScope)
            .GetProperty("passed").GetBoolean().ShouldBeFalse();

        // Only one file uploaded: the other checklist items are missing whatever the answers say.
        var incomplete = Application(operatorId);
        incomplete["materials"] = new Dictionary<string, bool> { ["application_form"] = true };
        FailedRule(await (await ApplyAsync(admin, incomplete)).ReadJsonAsync(), InstantApprovalRules.Materials)
            .GetProperty("explanation").GetString()!.ShouldContain("食品安全管理制度");

        var operatorBody = TestData.Operator();
        var listedId = await TestData.CreateOperatorAsync(admin, operatorBody);
        (await admin.PostAsJsonAsync("/api/v1/credit/serious-violations", new
        {
            creditCode = operatorBody["creditCode"],
            entityName = operatorBody["name"],
            reason = "生产经营病死畜禽肉",
            decision = "粤市监〔2025〕3号",
            listedOn = "2025-05-01",
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var listed = await (await ApplyAsync(admin, Application(listedId))).ReadJsonAsync();
        listed.GetProperty("status").GetString().ShouldBe("UnderReview");
        FailedRule(listed, InstantApprovalRules.NotSeriouslyListed).GetProperty("explanation").GetString()!.ShouldContain("生产经营病死畜禽肉");
    }

    [Fact]
    public async Task Replaying_the_idempotency_key_returns_the_same_application()
    {
        var (admin, operatorId, _) = await OperatorAsync();
        var body = Application(operatorId);
        body.Remove("idempotencyKey");
        var key = Guid.NewGuid().ToString("N");
        await WithMaterialFilesAsync(admin, body);

        async Task<HttpResponseMessage> SendAsync()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, LicensingApiPaths.Applications) { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", key);
            return await admin.SendAsync(request, Ct);
        }

        var first = await SendAsync();
        var second = await SendAsync();

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var a = await first.ReadJsonAsync();
        var b = await second.ReadJsonAsync();
        b.GetProperty("id").GetGuid().ShouldBe(a.GetProperty("id").GetGuid());
        b.GetProperty("licenceNumber").GetString().ShouldBe(a.GetProperty("licenceNumber").GetString());
    }

    [Fact]
    public async Task Enterprise_user_applies_for_its_own_operator_only_and_sees_only_its_own_applications()
    {
        var (admin, own, _) = await OperatorAsync();
        var other = await TestData.CreateOperatorAsync(admin);
        var otherApplication = await (await ApplyAsync(admin, Application(other))).ReadJsonAsync();
        var userName = "t.ent." + Guid.NewGuid().ToString("N")[..8];
        using (var scope = app.Services.CreateScope())
        {
            await TestUsers.CreateEnterpriseUserAsync(scope.ServiceProvider.GetRequiredService<UserManager<ShianUser>>(), userName, own);
        }

        using var enterprise = await app.ClientAsAsync(userName);
        var mine = await ApplyAsync(enterprise, Application(null));
        mine.StatusCode.ShouldBe(HttpStatusCode.Created);
        var mineId = (await mine.ReadJsonAsync()).GetProperty("id").GetGuid();

        (await enterprise.GetAsync(LicensingApiPaths.Application(mineId), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await enterprise.GetAsync(LicensingApiPaths.Application(otherApplication.GetProperty("id").GetGuid()), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.application_not_found");
        await (await ApplyAsync(enterprise, Application(other))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "licensing.not_your_operator");
    }

    [Fact]
    public async Task Staff_outside_the_premises_jurisdiction_can_neither_see_nor_file()
    {
        var (admin, operatorId, _) = await OperatorAsync();
        var application = await (await ApplyAsync(admin, Application(operatorId))).ReadJsonAsync();
        var id = application.GetProperty("id").GetGuid();
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);

        (await taishan.GetAsync(LicensingApiPaths.Application(id), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await xinhui.GetAsync(LicensingApiPaths.Application(id), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.application_not_found");
        await (await xinhui.GetAsync(LicensingApiPaths.Licence(application.GetProperty("licenceNumber").GetString()!), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.licence_not_found");
        await (await ApplyAsync(xinhui, Application(operatorId))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.operator_not_found");
        using var coordinator = await app.ClientAsAsync(TestUsers.HuichengCoordinator);
        (await ApplyAsync(coordinator, Application(operatorId))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("businessItems", null, "request.validation_failed")]
    [InlineData("premisesTownCode", "12345", "request.validation_failed")]
    [InlineData("premisesTownCode", "440781999", "licensing.unknown_town")]
    [InlineData("businessType", 7, "licensing.unknown_business_type")]
    [InlineData("businessItems", "no_such_item", "licensing.unknown_business_item")]
    [InlineData("idempotencyKey", null, "licensing.idempotency_key_required")]
    public async Task Bad_input_is_a_400_problem_with_a_stable_code(string field, object? value, string code)
    {
        var (admin, operatorId, _) = await OperatorAsync();
        var body = Application(operatorId);
        body[field] = value is string s && field == "businessItems" ? new[] { s } : value;

        await (await ApplyAsync(admin, body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task Concurrent_approvals_never_share_a_licence_number()
    {
        var (admin, operatorId, _) = await OperatorAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => ApplyAsync(admin, Application(operatorId))));

        var numbers = new List<string>();
        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
            numbers.Add((await response.ReadJsonAsync()).GetProperty("licenceNumber").GetString()!);
        }

        numbers.Distinct().Count().ShouldBe(20);
        numbers.ShouldAllBe(n => LicenceNumber.IsWellFormed(n));
    }
}
