using System.Net;
using System.Net.Http.Headers;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Shared.Web;

/// <summary>A browser gets an error page with the same status and a way on; an API client gets ProblemDetails for the same URL.</summary>
[Collection(AppCollection.Name)]
public sealed class BrowserErrorPagesTests(ShianAppFactory app)
{
    [Theory]
    [InlineData("/no-such-page")]
    [InlineData("/verify/licence/JY19999999999999")]
    [InlineData("/no/such/page")]
    public async Task A_browser_gets_a_chinese_not_found_page_and_an_api_client_gets_problem_json(string url)
    {
        using var browser = app.AnonymousClient();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        var page = await browser.GetAsync(url);

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("<html lang=\"zh-CN\"");
        html.ShouldContain("href=\"/\"");
        html.ShouldNotContain("\"title\":");

        using var api = app.AnonymousClient();
        api.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        await (await api.GetAsync(url)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_error_page_reads_in_english_after_the_language_switch()
    {
        using var browser = app.AnonymousClient();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        browser.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US");

        var html = await (await browser.GetAsync("/no-such-page")).Content.ReadAsStringAsync();

        html.ShouldContain("Go to the home page");
        html.ShouldNotContain("返回首页");
    }

    [Fact]
    public async Task A_browser_asking_for_a_staff_api_without_signing_in_gets_a_page_with_a_sign_in_link()
    {
        using var browser = app.AnonymousClient();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var response = await browser.GetAsync("/api/v1/operators");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldContain("/account/login?returnUrl=");
    }

    /// <summary>/login was a JSON 404; it is what people type, so it is the sign-in page.</summary>
    [Fact]
    public async Task Login_is_the_sign_in_page()
    {
        using var browser = app.AnonymousClient();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var page = await browser.GetAsync("/login");

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("name=\"Input.UserName\"");
    }
}
