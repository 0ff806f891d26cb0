using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Shian.Tests.Infrastructure;
using Shian.Tests.Modules.Licensing;

namespace Shian.Tests.Fuzz;

/// <summary>
/// Issue 11's finding 9, on a real Kestrel socket: what the in-memory test server does not do (body size limits,
/// request-line limits) answered with the platform's problem body, not the server's empty one.
/// </summary>
[Collection(KestrelCollection.Name)]
public sealed class KestrelHostileInputTests(KestrelAppFactory app)
{
    [Fact]
    public async Task A_30_MB_material_is_413_files_too_large_like_a_file_just_over_20_MB()
    {
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var pdf = new byte[30 * 1024 * 1024];
        Encoding.ASCII.GetBytes("%PDF-1.4\n").CopyTo(pdf, 0);
        using var form = new MultipartFormDataContent
        {
            { new StringContent("application_form"), "material" },
            { new StringContent(Guid.NewGuid().ToString()), "operatorId" },
            { new ByteArrayContent(pdf), "file", "材料.pdf" },
        };

        using var request = new HttpRequestMessage(HttpMethod.Post, LicensingApiPaths.Materials) { Content = form };
        request.Headers.ExpectContinue = true; // as curl and browsers send a large upload: the server can refuse before the bytes travel
        using var response = await inspector.SendAsync(request);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "files.too_large");
        problem.GetProperty("detail").GetString().ShouldBe("文件超过 20 MB 上限。");
    }

    [Fact]
    public async Task A_url_over_8_KB_is_414_with_a_problem_body_for_a_script_and_an_error_page_for_a_browser()
    {
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var url = "/api/v1/operators?q=" + new string('a', 9 * 1024);

        using var script = await inspector.GetAsync(url);
        await script.ShouldBeProblemAsync(HttpStatusCode.RequestUriTooLong, "request.uri_too_long");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/portal/establishments?name=" + new string('a', 9 * 1024));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var page = await app.AnonymousClient().SendAsync(request);
        page.StatusCode.ShouldBe(HttpStatusCode.RequestUriTooLong);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()).ShouldContain("链接过长");
    }

    [Theory]
    [InlineData("/api/v1/operators/%00")]
    [InlineData("/portal/establishments/a%00b")]
    public async Task A_nul_in_the_path_is_400_with_a_problem_body_although_Kestrel_refuses_it_before_the_app(string path)
    {
        using var client = app.AnonymousClient();

        using var response = await client.GetAsync(path);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed");
        problem.GetProperty("detail").GetString()!.ShouldContain("%00");
    }

    [Fact]
    public async Task A_url_over_Kestrels_own_limit_is_still_414_with_a_problem_body()
    {
        using var client = app.AnonymousClient();

        using var response = await client.GetAsync("/api/v1/portal/establishments?name=" + new string('a', 70 * 1024));

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestUriTooLong, "request.uri_too_long");
    }

    [Fact]
    public async Task A_url_of_a_few_KB_is_still_served()
    {
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);

        using var response = await inspector.GetAsync("/api/v1/operators?q=" + new string('a', 4 * 1024));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
