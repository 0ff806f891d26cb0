using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Hosting;

[Collection(AppCollection.Name)]
public sealed class PlatformTests(ShianAppFactory app)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_probes_answer_200_without_signing_in(string url)
    {
        using var client = app.AnonymousClient();

        var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task The_openapi_document_lists_the_operators_endpoints()
    {
        using var client = app.AnonymousClient();

        var document = await (await client.GetAsync("/openapi/v1.json")).ReadJsonAsync();

        var paths = document.GetProperty("paths");
        paths.GetProperty("/api/v1/operators").TryGetProperty("get", out _).ShouldBeTrue();
        paths.GetProperty("/api/v1/operators").TryGetProperty("post", out _).ShouldBeTrue();
        paths.GetProperty("/api/v1/operators/{id}").TryGetProperty("put", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/operators/{id}/timeline", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/operators/{id}/personal-data", out _).ShouldBeTrue();
        paths.TryGetProperty("/api/v1/operators/mine", out _).ShouldBeTrue();
        paths.TryGetProperty("/culture", out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/v1/administration/jurisdictions")]
    [InlineData("/api/v1/operators")]
    [InlineData("/api/v1/nope")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var client = app.AnonymousClient();

        var response = await client.GetAsync(url);

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        var csp = response.Headers.GetValues("Content-Security-Policy").ShouldHaveSingleItem();
        csp.ShouldContain("default-src 'self'");
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldNotContain("unsafe-eval");
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["strict-origin-when-cross-origin"]);
    }

    [Fact]
    public async Task The_home_page_is_in_chinese_by_default_written_as_characters_not_escapes()
    {
        using var client = app.AnonymousClient();

        var html = await (await client.GetAsync("/")).Content.ReadAsStringAsync();

        html.ShouldContain("<html lang=\"zh-CN\"");
        html.ShouldContain("登录");
        html.ShouldContain("江门市食品安全智慧监管平台");
        html.ShouldNotContain("Sign in");
        var escapedChinese = Regex.Matches(html, "&#x([0-9A-Fa-f]+);")
            .Select(m => int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            .Where(c => c >= 0x2E80).ToList();
        escapedChinese.ShouldBeEmpty();
    }

    [Fact]
    public async Task Switching_to_english_sets_a_cookie_and_the_home_page_follows_it()
    {
        using var client = app.AnonymousClient();

        var switched = await client.GetAsync("/culture?name=en-US&returnUrl=/");

        switched.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        switched.Headers.Location!.ToString().ShouldBe("/");
        switched.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal) && c.Contains("en-US"));
        var html = await (await client.GetAsync("/")).Content.ReadAsStringAsync();
        html.ShouldContain("<html lang=\"en-US\"");
        html.ShouldContain("Sign in");
        html.ShouldNotContain("登录");

        await client.GetAsync("/culture?name=zh-CN");
        (await (await client.GetAsync("/")).Content.ReadAsStringAsync()).ShouldContain("登录");
    }

    [Theory]
    [InlineData("//evil.example.com/")]
    [InlineData("https://evil.example.com/")]
    [InlineData("/\\evil.example.com")]
    public async Task The_language_switch_never_redirects_to_another_site(string returnUrl)
    {
        using var client = app.AnonymousClient();

        var response = await client.GetAsync("/culture?name=en-US&returnUrl=" + Uri.EscapeDataString(returnUrl));

        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Redirect, HttpStatusCode.BadRequest);
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            var location = response.Headers.Location!.ToString();
            location.ShouldStartWith("/");
            location.ShouldNotStartWith("//");
            location.ShouldNotStartWith("/\\");
        }
    }

    [Fact]
    public async Task An_unsupported_language_falls_back_to_chinese()
    {
        using var client = app.AnonymousClient();

        await client.GetAsync("/culture?name=xx-YY");

        (await (await client.GetAsync("/")).Content.ReadAsStringAsync()).ShouldContain("<html lang=\"zh-CN\"");
    }

    [Fact]
    public async Task Api_errors_stay_chinese_json_with_unescaped_characters()
    {
        using var client = await app.ClientAsAsync(TestUsers.Admin);

        var text = await (await client.GetAsync($"/api/v1/operators/{Guid.NewGuid()}")).Content.ReadAsStringAsync();

        text.ShouldContain("未找到该经营主体");
        text.ShouldNotContain("\\u");
    }

    [Theory]
    [InlineData("/api/v1/nope")]
    [InlineData("/api/v1/operators/not/a/route")]
    public async Task An_unknown_api_address_is_404_problem_details(string url)
    {
        using var anonymous = app.AnonymousClient();
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        await (await anonymous.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "request.not_found");
        await (await admin.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "request.not_found");
    }

    [Fact]
    public async Task Signing_in_with_a_wrong_password_is_401_problem_details()
    {
        using var client = app.AnonymousClient();

        var response = await client.PostAsync("/api/v1/account/login", new StringContent(
            JsonSerializer.Serialize(new { userName = TestUsers.LabAnalyst, password = "Wrong@Pass2026" }), System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, "security.invalid_credentials");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task The_signed_in_user_can_see_who_they_are()
    {
        using var client = await app.ClientAsAsync(TestUsers.HuichengCoordinator);

        var me = await (await client.GetAsync("/api/v1/account/me")).ReadJsonAsync();

        me.GetProperty("userName").GetString().ShouldBe(TestUsers.HuichengCoordinator);
        me.GetProperty("jurisdictionCode").GetString().ShouldBe("440705001");
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe(["Coordinator"]);
    }
}
