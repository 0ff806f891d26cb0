using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Registration.Domain;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Registration.RegistrationTestData;

namespace Shian.Tests.Modules.Registration.Submit;

[Collection(AppCollection.Name)]
public sealed class SubmitApiTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Clean_public_application_is_approved_at_once_with_a_valid_code_operator_file_and_licence()
    {
        using var anonymous = app.AnonymousClient();
        var body = Application();

        var response = await SubmitPublicAsync(anonymous, body);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var application = await response.ReadJsonAsync();
        application.GetProperty("status").GetString().ShouldBe("Approved");
        application.GetProperty("checks").EnumerateArray().Select(c => c.GetProperty("check").GetString())
            .ShouldBe(RegistrationChecks.All, ignoreOrder: true);
        application.GetProperty("checks").EnumerateArray().ShouldAllBe(c => c.GetProperty("passed").GetBoolean());
        application.GetProperty("legalRepresentativeIdNumber").GetString()!.ShouldContain("**********");
        var code = application.GetProperty("creditCode").GetString()!;
        code.ShouldMatch("^91440781MA[0-9A-HJ-NPQRTUWXY]{8}$");
        CreditCodes.IsValid(code).ShouldBeTrue();
        var tracking = application.GetProperty("trackingNumber").GetString()!;
        var secret = application.GetProperty("secret").GetString()!;
        secret.Length.ShouldBeGreaterThanOrEqualTo(12);

        // The applicant follows it with the secret; a wrong secret looks like an unknown number.
        var status = await (await PublicGetAsync(anonymous, $"{PublicUrl}/{tracking}", secret)).ReadJsonAsync();
        status.GetProperty("creditCode").GetString().ShouldBe(code);
        status.TryGetProperty("secret", out var shown).ShouldBeTrue();
        shown.ValueKind.ShouldBe(JsonValueKind.Null);
        await (await PublicGetAsync(anonymous, $"{PublicUrl}/{tracking}", "wrong-secret")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "registration.application_not_found");
        await (await anonymous.GetAsync($"{PublicUrl}/{tracking}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "registration.application_not_found");

        // The operator's file exists, with the code, and its timeline has the registration and the licence.
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var operatorId = application.GetProperty("operatorId").GetGuid();
        var file = await (await admin.GetAsync($"/api/v1/operators/{operatorId}", Ct)).ReadJsonAsync();
        file.GetProperty("creditCode").GetString().ShouldBe(code);
        file.GetProperty("name").GetString().ShouldBe((string)body["name"]!);
        var timeline = await admin.GetStringAsync($"/api/v1/operators/{operatorId}/timeline", Ct);
        timeline.ShouldContain("operators.registered");
        timeline.ShouldContain("registration.business_licence_issued");

        // Everything is in the ledger, under the public applicant's name, and the ledger holds no secrets.
        var ledger = await (await admin.GetAsync($"/api/v1/audit/entries?entityType=RegistrationApplication&entityId={application.GetProperty("id").GetGuid()}", Ct)).ReadJsonAsync();
        var entry = ledger.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("actorName").GetString().ShouldBe($"公众申请人（受理号 {tracking}）");
        entry.GetRawText().ShouldNotContain(secret);
        entry.GetRawText().ShouldNotContain((string)body["legalRepresentativeIdNumber"]!);
        var operatorLedger = await (await admin.GetAsync($"/api/v1/audit/entries?entityType=Operator&entityId={operatorId}", Ct)).ReadJsonAsync();
        operatorLedger.GetProperty("items").EnumerateArray().ShouldContain(e => e.GetProperty("actorName").GetString()!.Contains(tracking));

        // The business licence: Chinese text with the name and the code, and a QR code to the verification page.
        var pdfResponse = await PublicGetAsync(anonymous, $"{PublicUrl}/{tracking}/licence", secret);
        pdfResponse.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdfResponse.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdf = await pdfResponse.Content.ReadAsByteArrayAsync(Ct);
        var text = await ExternalTools.PdfTextAsync(pdf);
        text.ShouldContain("营业执照");
        text.ShouldContain((string)body["name"]!);
        text.ShouldContain(code);
        text.ShouldContain("台山市市场监督管理局");
        var qr = (await ExternalTools.PdfQrCodesAsync(pdf)).ShouldHaveSingleItem();
        qr.ShouldContain("/verify/document/");
        application.GetProperty("verificationPath").GetString().ShouldBe(new Uri(qr).PathAndQuery);
        (await anonymous.GetStringAsync(new Uri(qr).PathAndQuery, Ct)).ShouldContain(code);
        await (await PublicGetAsync(anonymous, $"{PublicUrl}/{tracking}/licence", "wrong-secret"))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "registration.licence_not_issued");
    }

    [Fact]
    public async Task Name_clash_with_an_operator_in_the_same_district_goes_to_review_but_not_in_another_district()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var name = UniqueName();
        var operatorBody = TestData.Operator(TestData.TaishanTown, name);
        await TestData.CreateOperatorAsync(admin, operatorBody);
        using var anonymous = app.AnonymousClient();

        // Another town of the same district (台山市): the district is the registering authority.
        var clash = await (await SubmitPublicAsync(anonymous, Application(TaishanOtherTown, name))).ReadJsonAsync();
        clash.GetProperty("status").GetString().ShouldBe("UnderReview");
        clash.GetProperty("creditCode").ValueKind.ShouldBe(JsonValueKind.Null);
        var check = Check(clash, RegistrationChecks.NameUnique);
        check.GetProperty("passed").GetBoolean().ShouldBeFalse();
        check.GetProperty("explanation").GetString()!.ShouldContain((string)operatorBody["creditCode"]!);
        check.GetProperty("citation").GetString()!.ShouldContain("企业名称登记管理规定");
        Check(clash, RegistrationChecks.LegalRepresentativeNotBanned).GetProperty("passed").GetBoolean().ShouldBeTrue();

        var elsewhere = await (await SubmitPublicAsync(anonymous, Application(TestData.XinhuiTown, name))).ReadJsonAsync();
        elsewhere.GetProperty("status").GetString().ShouldBe("Approved");
        elsewhere.GetProperty("creditCode").GetString()!.ShouldStartWith("91440705");
    }

    [Fact]
    public async Task Name_clash_with_a_pending_application_in_the_district_goes_to_review()
    {
        using var anonymous = app.AnonymousClient();
        var name = UniqueName();
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var first = Application(TestData.TaishanTown, name);
        (await BanAsync(admin, (string)first["legalRepresentativeIdNumber"]!)).ShouldBe(HttpStatusCode.Created);
        var pending = await (await SubmitPublicAsync(anonymous, first)).ReadJsonAsync();
        pending.GetProperty("status").GetString().ShouldBe("UnderReview");
        Check(pending, RegistrationChecks.NameUnique).GetProperty("passed").GetBoolean().ShouldBeTrue();

        var second = await (await SubmitPublicAsync(anonymous, Application(TaishanOtherTown, $" {name} "))).ReadJsonAsync();
        second.GetProperty("status").GetString().ShouldBe("UnderReview");
        Check(second, RegistrationChecks.NameUnique).GetProperty("explanation").GetString()!.ShouldContain("正在办理的另一登记申请");
    }

    [Fact]
    public async Task Banned_legal_representative_goes_to_review_with_the_ban_as_reason()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var body = Application();
        (await BanAsync(admin, (string)body["legalRepresentativeIdNumber"]!)).ShouldBe(HttpStatusCode.Created);
        using var anonymous = app.AnonymousClient();

        var application = await (await SubmitPublicAsync(anonymous, body)).ReadJsonAsync();

        application.GetProperty("status").GetString().ShouldBe("UnderReview");
        var check = Check(application, RegistrationChecks.LegalRepresentativeNotBanned);
        check.GetProperty("passed").GetBoolean().ShouldBeFalse();
        check.GetProperty("explanation").GetString()!.ShouldContain("江市监禁〔2025〕7号");
        check.GetProperty("explanation").GetString()!.ShouldNotContain("王五");
        check.GetProperty("citation").GetString()!.ShouldContain("食品安全法");
        Check(application, RegistrationChecks.NameUnique).GetProperty("passed").GetBoolean().ShouldBeTrue();
    }

    [Theory]
    [InlineData("name", null, "name")]
    [InlineData("name", "   ", "name")]
    [InlineData("legalRepresentative", "", "legalRepresentative")]
    [InlineData("legalRepresentativeIdNumber", "11010519491231002Y", "legalRepresentativeIdNumber")]
    [InlineData("legalRepresentativeIdNumber", "110105194912310021", "legalRepresentativeIdNumber")]
    [InlineData("phone", "12345", "phone")]
    [InlineData("townCode", "4407810", "townCode")]
    [InlineData("address", null, "address")]
    [InlineData("businessScope", null, "businessScope")]
    [InlineData("entityType", null, "entityType")]
    public async Task Missing_or_malformed_fields_are_a_400_with_the_field_named(string field, string? value, string errorKey)
    {
        using var anonymous = app.AnonymousClient();
        var body = Application();
        body[field] = value;

        var problem = await (await SubmitPublicAsync(anonymous, body)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");

        problem.GetProperty("errors").TryGetProperty(errorKey, out var messages).ShouldBeTrue(problem.GetRawText());
        messages.EnumerateArray().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task Other_bad_input_is_a_4xx_problem_and_never_a_5xx()
    {
        using var anonymous = app.AnonymousClient();
        var huge = Application();
        huge["businessScope"] = new string('食', 5000);
        (await (await SubmitPublicAsync(anonymous, huge)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed"))
            .GetProperty("errors").TryGetProperty("businessScope", out _).ShouldBeTrue();

        var unknownType = Application();
        unknownType["entityType"] = "Bank";
        (await SubmitPublicAsync(anonymous, unknownType)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var numericType = Application();
        numericType["entityType"] = 7;
        (await SubmitPublicAsync(anonymous, numericType)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var noKey = Application();
        noKey.Remove("idempotencyKey");
        await (await SubmitPublicAsync(anonymous, noKey)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "registration.idempotency_key_required");
        var shortKey = Application();
        shortKey["idempotencyKey"] = "1";
        await (await SubmitPublicAsync(anonymous, shortKey)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "registration.idempotency_key_required");

        using var empty = new StringContent("", System.Text.Encoding.UTF8, "application/json");
        var emptyResponse = await anonymous.PostAsync(PublicUrl, empty, Ct);
        ((int)emptyResponse.StatusCode).ShouldBeInRange(400, 499);

        await (await PublicGetAsync(anonymous, $"{PublicUrl}/{new string('X', 300)}", "x")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "registration.application_not_found");
        (await anonymous.GetAsync($"{StaffUrl}?status=UnderReview", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var coordinator = await app.ClientAsAsync(TestUsers.HuichengCoordinator);
        (await coordinator.GetAsync(StaffUrl, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await SubmitStaffAsync(coordinator, Application(TestData.XinhuiTown))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Replaying_the_idempotency_key_creates_one_application_and_a_changed_body_is_refused()
    {
        using var anonymous = app.AnonymousClient();
        var body = Application();
        body.Remove("idempotencyKey");
        var key = Guid.NewGuid().ToString();

        async Task<HttpResponseMessage> SendAsync(Dictionary<string, object?> content)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, PublicUrl) { Content = JsonContent.Create(content) };
            request.Headers.Add("Idempotency-Key", key);
            return await anonymous.SendAsync(request, Ct);
        }

        var responses = await Task.WhenAll(SendAsync(body), SendAsync(body));
        var second = await SendAsync(body);

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        var views = new List<JsonElement>();
        foreach (var r in responses.Append(second))
        {
            views.Add(await r.ReadJsonAsync());
        }

        views.Select(v => v.GetProperty("trackingNumber").GetString()).Distinct().ShouldHaveSingleItem();
        views.Select(v => v.GetProperty("secret").GetString()).Distinct().ShouldHaveSingleItem();
        views.Select(v => v.GetProperty("creditCode").GetString()).Distinct().ShouldHaveSingleItem();

        var changed = new Dictionary<string, object?>(body) { ["name"] = UniqueName() };
        await (await SendAsync(changed)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "request.idempotency_key_reused");

        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var named = await admin.GetStringAsync($"{StaffUrl}?pageSize=200", Ct);
        named.Split((string)body["name"]!).Length.ShouldBe(2);
    }

    [Fact]
    public async Task Staff_file_at_the_counter_in_scope_and_replay_is_per_user()
    {
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = Application();

        var first = await SubmitStaffAsync(taishan, body);
        var again = await SubmitStaffAsync(taishan, body);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var view = await first.ReadJsonAsync();
        view.GetProperty("status").GetString().ShouldBe("Approved");
        view.GetProperty("public").GetBoolean().ShouldBeFalse();
        view.GetProperty("submittedBy").GetString().ShouldBe(TestUsers.TaishanInspector);
        (await again.ReadJsonAsync()).GetProperty("id").GetGuid().ShouldBe(view.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Twenty_concurrent_approvals_in_one_district_get_twenty_distinct_valid_codes()
    {
        using var anonymous = app.AnonymousClient();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => SubmitPublicAsync(anonymous, Application(TestData.XinhuiOtherTown))));

        var codes = new List<string>();
        foreach (var response in responses)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
            codes.Add((await response.ReadJsonAsync()).GetProperty("creditCode").GetString()!);
        }

        codes.Distinct().Count().ShouldBe(20);
        codes.ShouldAllBe(c => CreditCodes.IsValid(c) && c.Substring(2, 6) == "440705");
    }
}
