using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Shian.Modules.Operators.Contracts;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Registration.RegistrationTestData;

namespace Shian.Tests.Modules.Registration;

[Collection(AppCollection.Name)]
public sealed partial class RegistrationPageTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static (string, string)[] Form(Dictionary<string, object?> body) =>
    [
        ("Input.EntityType", (string?)body["entityType"] ?? ""),
        ("Input.Name", (string?)body["name"] ?? ""),
        ("Input.LegalRepresentative", (string?)body["legalRepresentative"] ?? ""),
        ("Input.LegalRepresentativeIdNumber", (string?)body["legalRepresentativeIdNumber"] ?? ""),
        ("Input.Phone", (string?)body["phone"] ?? ""),
        ("Input.TownCode", (string?)body["townCode"] ?? ""),
        ("Input.Address", (string?)body["address"] ?? ""),
        ("Input.BusinessScope", (string?)body["businessScope"] ?? ""),
        ("Input.IdempotencyKey", (string?)body["idempotencyKey"] ?? ""),
    ];

    [Fact]
    public async Task Public_form_keeps_what_was_typed_and_names_each_wrong_field()
    {
        using var anonymous = app.AnonymousClient();
        var home = await anonymous.GetPageAsync("/");
        home.ShouldContain("/registration/apply");
        var body = Application();
        body["name"] = "";
        body["phone"] = "12345";

        var page = await (await anonymous.PostFormAsync("/registration/apply", "registration", Form(body))).ReadPageAsync();

        page.ShouldContain("请填写名称");
        page.ShouldContain("请填写11位手机号码或带区号的固定电话");
        page.ShouldContain((string)body["address"]!);
        page.ShouldContain((string)body["legalRepresentativeIdNumber"]!);
        page.ShouldContain((string)body["businessScope"]!);
        page.ShouldNotContain("受理号");
    }

    [Fact]
    public async Task Public_applicant_submits_the_form_follows_the_status_and_downloads_the_licence()
    {
        using var anonymous = app.AnonymousClient();
        var body = Application();

        var submitted = await (await anonymous.PostFormAsync("/registration/apply", "registration", Form(body))).ReadPageAsync();

        submitted.ShouldContain("已核准登记");
        var tracking = TrackingNumber().Match(submitted).Value;
        tracking.ShouldNotBeEmpty(submitted);
        var secret = SecretCell().Match(submitted).Groups[1].Value;
        secret.Length.ShouldBe(12, submitted);

        var status = await (await anonymous.PostFormAsync($"/registration/status?number={tracking}", "status",
            ("Input.TrackingNumber", tracking), ("Input.Secret", secret))).ReadPageAsync();
        status.ShouldContain("已核准登记");
        status.ShouldContain((string)body["name"]!);
        var code = CreditCode().Match(status).Value;
        CreditCodes.IsValid(code).ShouldBeTrue(status);
        var link = DownloadLink().Match(status).Groups[1].Value;
        link.ShouldNotBeEmpty(status);

        var pdf = await anonymous.GetByteArrayAsync(link, Ct);
        (await ExternalTools.PdfTextAsync(pdf)).ShouldContain(code);
        (await anonymous.GetAsync(link.Replace("token=", "token=x", StringComparison.Ordinal), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var wrong = await (await anonymous.PostFormAsync("/registration/status", "status",
            ("Input.TrackingNumber", tracking), ("Input.Secret", "not-the-secret"))).ReadPageAsync();
        wrong.ShouldContain("未找到该申请");
        wrong.ShouldNotContain((string)body["name"]!);
    }

    [Fact]
    public async Task Reviewer_sees_the_queue_with_reasons_and_approves_on_the_review_page()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var body = Application();
        (await admin.PostAsJsonAsync("/api/v1/credit/bans", new
        {
            personName = "赵六",
            idNumber = body["legalRepresentativeIdNumber"],
            reason = "食品安全犯罪",
            decision = "江市监禁〔2025〕9号",
            bannedFrom = "2025-01-01",
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var anonymous = app.AnonymousClient();
        var id = (await (await SubmitPublicAsync(anonymous, body)).ReadJsonAsync()).GetProperty("id").GetGuid();
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);

        var queue = await taishan.GetPageAsync("/registration/review?status=UnderReview");
        queue.ShouldContain((string)body["name"]!);
        queue.ShouldContain("江市监禁〔2025〕9号");
        var review = await taishan.GetPageAsync($"/registration/review/{id}");
        review.ShouldContain("从业禁止");
        review.ShouldContain("食品安全法");

        var empty = await (await taishan.PostFormAsync($"/registration/review/{id}", "approve", ("Approval.Reason", ""))).ReadPageAsync();
        empty.ShouldContain("请填写审查意见");
        var decided = await taishan.FollowRedirectAsync(
            await taishan.PostFormAsync($"/registration/review/{id}", "approve", ("Approval.Reason", "禁业已届满，同意登记")));
        decided.ShouldContain("已核准登记");
        decided.ShouldContain("禁业已届满，同意登记");
        CreditCodes.IsValid(CreditCode().Match(decided).Value).ShouldBeTrue();
    }

    [GeneratedRegex(@"DJ\d{6}[A-Z2-9]{8}")]
    private static partial Regex TrackingNumber();

    [GeneratedRegex(@"查询密码</dt><dd class=""code"">([a-z2-9]+)</dd>")]
    private static partial Regex SecretCell();

    [GeneratedRegex(@"9[123]\d{6}MA[0-9A-Z]{8}")]
    private static partial Regex CreditCode();

    [GeneratedRegex(@"href=""(/api/v1/registration/public/applications/[^""]+/licence\?token=[^""]+)""")]
    private static partial Regex DownloadLink();
}
