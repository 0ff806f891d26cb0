using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Shian.Tests.Infrastructure;
using Shian.Tests.Modules.Licensing;
using static Shian.Tests.Modules.Registration.RegistrationTestData;

namespace Shian.Tests.Modules.Registration.Account;

/// <summary>
/// A newly registered business opens its enterprise account with its tracking number and secret, signs in with
/// its credit code and applies for its food licence itself: the "done when" of registration and licensing.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class EnterpriseAccountTests(ShianAppFactory app)
{
    private const string Password = "NewShop2026pass";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task New_business_opens_its_account_signs_in_with_its_credit_code_and_gets_a_licence_at_once()
    {
        using var anonymous = app.AnonymousClient();
        var (tracking, secret, application) = await RegisterAsync(anonymous);
        var code = application.GetProperty("creditCode").GetString()!;
        var operatorId = application.GetProperty("operatorId").GetGuid();

        var opened = await OpenAsync(anonymous, tracking, secret, new { password = Password });

        opened.StatusCode.ShouldBe(HttpStatusCode.Created);
        var account = await opened.ReadJsonAsync();
        account.GetProperty("userName").GetString().ShouldBe(code);
        account.GetProperty("loginPath").GetString().ShouldStartWith("/account/login");

        using var enterprise = app.AnonymousClient();
        (await enterprise.PostAsJsonAsync("/api/v1/account/login", new { userName = code, password = Password }, Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var me = await (await enterprise.GetAsync("/api/v1/account/me", Ct)).ReadJsonAsync();
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["EnterpriseUser"]);
        me.GetProperty("operatorId").GetGuid().ShouldBe(operatorId);
        me.GetProperty("displayName").GetString().ShouldBe((string)application.GetProperty("name").GetString()!);

        // Its own file only: it cannot apply for another operator.
        var mine = await (await enterprise.GetAsync("/api/v1/operators/mine", Ct)).ReadJsonAsync();
        mine.GetProperty("creditCode").GetString().ShouldBe(code);
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var other = await TestData.CreateOperatorAsync(admin);
        var foreign = await LicensingTestData.ApplyAsync(enterprise, LicensingTestData.Application(other));
        ((int)foreign.StatusCode).ShouldBeOneOf(403, 404);

        // The licence, applied for by the business itself, is granted at once.
        var licence = await LicensingTestData.ApplyAsync(enterprise, LicensingTestData.Application(operatorId));
        licence.StatusCode.ShouldBe(HttpStatusCode.Created, await licence.Content.ReadAsStringAsync(Ct));
        var decided = await licence.ReadJsonAsync();
        decided.GetProperty("status").GetString().ShouldBe("Approved");
        decided.GetProperty("licenceNumber").GetString()!.ShouldStartWith("JY");

        // The file says who opened the account, and the ledger names the public applicant.
        var timeline = await admin.GetStringAsync($"/api/v1/operators/{operatorId}/timeline", Ct);
        timeline.ShouldContain("registration.enterprise_account_opened");
        var ledger = await admin.GetStringAsync("/api/v1/audit/entries?entityType=ShianUser&pageSize=100", Ct);
        ledger.ShouldContain($"公众申请人（受理号 {tracking}）");
        ledger.ShouldNotContain(Password);
    }

    [Fact]
    public async Task An_account_opens_once_and_a_wrong_secret_or_an_undecided_application_opens_none()
    {
        using var anonymous = app.AnonymousClient();
        var (tracking, secret, _) = await RegisterAsync(anonymous);

        await (await OpenAsync(anonymous, tracking, "not-the-secret", new { password = Password }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "registration.application_not_found");
        await (await OpenAsync(anonymous, "DJ00000000000000", secret, new { password = Password }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "registration.application_not_found");
        (await OpenAsync(anonymous, tracking, secret, new { password = Password })).StatusCode.ShouldBe(HttpStatusCode.Created);

        // A replay, or someone else with the secret, cannot replace the password of the account that exists.
        await (await OpenAsync(anonymous, tracking, secret, new { password = "Another2026pass" }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "registration.account_exists");

        // A name clash sends an application to review: no operator yet, so no account.
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var clash = Application();
        var existing = TestData.Operator();
        await TestData.CreateOperatorAsync(admin, existing);
        clash["name"] = existing["name"];
        var pending = await (await SubmitPublicAsync(anonymous, clash)).ReadJsonAsync();
        pending.GetProperty("status").GetString().ShouldBe("UnderReview");
        await (await OpenAsync(anonymous, pending.GetProperty("trackingNumber").GetString()!, pending.GetProperty("secret").GetString()!, new { password = Password }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "registration.not_approved");
    }

    [Theory]
    [InlineData("short1A", "password")]
    [InlineData("alllowercase2026", "password")]
    [InlineData("", "password")]
    public async Task A_weak_or_missing_password_is_a_400_naming_the_field_and_opens_nothing(string password, string field)
    {
        using var anonymous = app.AnonymousClient();
        var (tracking, secret, _) = await RegisterAsync(anonymous);

        var refused = await OpenAsync(anonymous, tracking, secret, new { password });

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Ct)).RootElement;
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.GetRawText());
        (await OpenAsync(anonymous, tracking, secret, new { password = Password })).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Malformed_bodies_are_4xx_problems()
    {
        using var anonymous = app.AnonymousClient();
        var (tracking, secret, _) = await RegisterAsync(anonymous);

        foreach (var body in new[] { "", "{", "[]", "{\"password\": 12}", "{\"password\":\"" + new string('A', 5000) + "a1\"}" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{PublicUrl}/{tracking}/account")
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Tracking-Secret", secret);
            var response = await anonymous.SendAsync(request, Ct);
            ((int)response.StatusCode).ShouldBeInRange(400, 499, body);
        }
    }

    [Fact]
    public async Task Status_page_opens_the_account_with_the_password_typed_twice()
    {
        using var anonymous = app.AnonymousClient();
        var (tracking, secret, application) = await RegisterAsync(anonymous);
        var code = application.GetProperty("creditCode").GetString()!;

        var status = await (await anonymous.PostFormAsync("/registration/status", "status",
            ("Input.TrackingNumber", tracking), ("Input.Secret", secret))).ReadPageAsync();
        status.ShouldContain("开通企业账户");
        status.ShouldNotContain(secret);
        var token = AccountToken().Match(status).Groups[1].Value;
        token.ShouldNotBeEmpty(status);

        var mismatch = await (await anonymous.PostFormAsync("/registration/status", "account",
            ("Account.TrackingNumber", tracking), ("Account.Token", token), ("Account.Password", Password), ("Account.ConfirmPassword", Password + "x"))).ReadPageAsync();
        mismatch.ShouldContain("两次输入的密码不一致");

        var forged = await (await anonymous.PostFormAsync("/registration/status", "account",
            ("Account.TrackingNumber", tracking), ("Account.Token", token + "x"), ("Account.Password", Password), ("Account.ConfirmPassword", Password))).ReadPageAsync();
        forged.ShouldContain("未找到该申请");
        forged.ShouldNotContain("企业账户已开通");

        var opened = await (await anonymous.PostFormAsync("/registration/status", "account",
            ("Account.TrackingNumber", tracking), ("Account.Token", token), ("Account.Password", Password), ("Account.ConfirmPassword", Password))).ReadPageAsync();
        opened.ShouldContain("企业账户已开通");
        opened.ShouldContain(code);
        opened.ShouldContain("/account/login?returnUrl=%2Flicensing%2Fapply");

        var again = await (await anonymous.PostFormAsync("/registration/status", "status",
            ("Input.TrackingNumber", tracking), ("Input.Secret", secret))).ReadPageAsync();
        again.ShouldContain("该市场主体已开通企业账户");
        AccountToken().IsMatch(again).ShouldBeFalse();
    }

    private static async Task<(string Tracking, string Secret, JsonElement Application)> RegisterAsync(HttpClient anonymous)
    {
        var application = await (await SubmitPublicAsync(anonymous, Application())).ReadJsonAsync();
        application.GetProperty("status").GetString().ShouldBe("Approved");
        return (application.GetProperty("trackingNumber").GetString()!, application.GetProperty("secret").GetString()!, application);
    }

    private static async Task<HttpResponseMessage> OpenAsync(HttpClient client, string tracking, string secret, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{PublicUrl}/{tracking}/account") { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Tracking-Secret", secret);
        return await client.SendAsync(request, Ct);
    }

    [GeneratedRegex("name=\"Account.Token\" value=\"([^\"]+)\"")]
    private static partial Regex AccountToken();
}
