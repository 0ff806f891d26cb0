using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Shian.Tests.Infrastructure;
using Shian.Tests.Modules.Inspections;
using Shian.Tests.Modules.Licensing;

namespace Shian.Tests.Fuzz;

/// <summary>
/// Issue 11's findings 2, 3 and the antiforgery part of 9, each as the request that answered 500 (or an English page)
/// before: pages with typed query parameters, <c>null</c> inside request lists, a page form without its token.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class HostileInputTests(ShianAppFactory app)
{
    [Theory]
    [InlineData("abc")]
    [InlineData("99999999999")]
    [InlineData("1e3")]
    [InlineData("%00")]
    [InlineData("%201")]
    public async Task A_page_given_a_query_value_it_cannot_read_answers_a_Chinese_400_page_not_500(string page)
    {
        using var browser = app.AnonymousClient();

        using var response = await browser.SendAsync(Browser(HttpMethod.Get, $"/portal/establishments?page={page}"));

        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, html);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        WebUtility.HtmlDecode(html).ShouldContain("链接中的参数 page 的值无效");
        html.ShouldContain("request.invalid_query");
    }

    [Fact]
    public async Task A_typed_query_value_that_reads_still_works_and_an_api_client_gets_problem_json()
    {
        using var client = app.AnonymousClient();
        (await client.GetAsync("/portal/establishments?page=2")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var staff = await app.ClientAsAsync(TestUsers.Admin);
        using var response = await staff.GetAsync($"/inspections/checklists?id={Guid.NewGuid()}x");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.invalid_query");
    }

    [Fact]
    public async Task Null_inside_business_items_of_a_licence_application_is_a_field_error_not_500()
    {
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var operatorId = await TestData.CreateOperatorAsync(inspector);
        var body = LicensingTestData.Application(operatorId);
        body["businessItems"] = new string?[] { "prepackaged", null };

        using var response = await LicensingTestData.ApplyAsync(inspector, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        problem.GetProperty("errors").GetProperty("businessItems[1]")[0].GetString().ShouldBe("第 2 项为空，请删除空项或填写内容。");
    }

    [Fact]
    public async Task Null_inside_the_items_of_a_filing_is_a_field_error_not_500()
    {
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var operatorId = await TestData.CreateOperatorAsync(inspector);

        using var response = await inspector.PostAsJsonAsync(LicensingApiPaths.Filings, new
        {
            operatorId,
            premisesAddress = "江门市台山市台城街道便利店路" + TestData.Token() + "号",
            premisesTownCode = TestData.TaishanTown,
            items = new string?[] { null },
            idempotencyKey = Guid.NewGuid().ToString("N"),
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        problem.GetProperty("errors").TryGetProperty("items[0]", out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task Null_inside_the_items_of_a_new_checklist_version_is_a_field_error_not_500()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        using var response = await admin.PostAsJsonAsync(InspectionsApiPaths.Checklists, new
        {
            sector = "production",
            title = "食品生产监督检查要点表（测试）",
            effectiveFrom = "2026-01-01",
            source = "测试",
            items = new object?[] { null },
        });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        problem.GetProperty("errors").TryGetProperty("items[0]", out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task A_page_form_posted_without_its_antiforgery_token_is_a_Chinese_400_page_for_a_browser_and_problem_json_for_a_script()
    {
        using var browser = app.AnonymousClient();
        using var form = new FormUrlEncodedContent([new("_handler", "search"), new("Name", "x")]);
        var request = Browser(HttpMethod.Post, "/registration/status");
        request.Content = form;

        using var page = await browser.SendAsync(request);

        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        page.StatusCode.ShouldBe(HttpStatusCode.BadRequest, html);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain("表单已过期或来源不明");
        html.ShouldNotContain("A valid antiforgery token");

        using var script = await browser.PostAsync("/registration/status", new FormUrlEncodedContent([new("_handler", "search")]));
        await script.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.antiforgery_failed");
    }

    [Fact]
    public async Task A_NUL_character_in_a_json_string_or_a_query_value_is_400_not_a_database_error()
    {
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator();
        body["name"] = "测试\0餐馆";

        using var json = await inspector.PostAsJsonAsync("/api/v1/operators", body);
        using var query = await inspector.GetAsync("/api/v1/operators?q=%00");

        (await json.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed_body")).GetProperty("detail").GetString()!.ShouldContain("U+0000");
        await query.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.nul_character");
    }

    private static HttpRequestMessage Browser(HttpMethod method, string url)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return request;
    }
}
