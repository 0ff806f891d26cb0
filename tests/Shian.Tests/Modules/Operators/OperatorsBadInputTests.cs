using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Operators;

/// <summary>
/// Whatever a client sends, the answer is a 4xx ProblemDetails with a stable code and a trace id, never a 500,
/// and nothing is half-written.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OperatorsBadInputTests(ShianAppFactory app)
{
    [Fact]
    public async Task An_empty_body_is_400()
    {
        var response = await PostRawAsync(new ByteArrayContent([]) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed_body");
    }

    [Fact]
    public async Task An_empty_json_object_is_400_naming_every_required_field()
    {
        var response = await PostRawAsync(Json("{}"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "creditCode", "name", "entityType", "legalRepresentative", "registeredAddress", "jurisdictionCode" })
        {
            errors.TryGetProperty(field, out _).ShouldBeTrue($"{field} missing in {errors}");
        }
    }

    [Fact]
    public async Task A_json_null_body_is_400()
    {
        var response = await PostRawAsync(Json("null"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_100_KB_name_is_400_on_the_name_field()
    {
        var body = TestData.Operator(name: new string('餐', 100 * 1024 / 3));

        var response = await PostRawAsync(JsonContent.Create(body));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        problem.GetProperty("errors").TryGetProperty("name", out _).ShouldBeTrue();
    }

    [Theory]
    [InlineData("{\"name\": \"未闭合")]
    [InlineData("{'name': 'single quotes'}")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"creditCode\": 123456789012345678}")]
    [InlineData("{\"entityType\": \"Spaceship\"}")]
    [InlineData("{\"categories\": \"catering\"}")]
    [InlineData("{\"version\": \"one\"}")]
    public async Task Malformed_json_is_400(string json)
    {
        var response = await PostRawAsync(Json(json));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed_body");
    }

    [Fact]
    public async Task Plain_text_is_415()
    {
        var response = await PostRawAsync(new StringContent("name=测试", Encoding.UTF8, "text/plain"));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "request.unsupported_media_type");
    }

    [Fact]
    public async Task A_form_post_to_the_json_api_is_415()
    {
        var response = await PostRawAsync(new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "测试" }));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "request.unsupported_media_type");
    }

    [Fact]
    public async Task Invalid_utf8_bytes_are_400()
    {
        var prefix = Encoding.UTF8.GetBytes("{\"name\":\"");
        var suffix = Encoding.UTF8.GetBytes("\",\"creditCode\":\"91440300708461136T\"}");
        byte[] invalid = [0xC3, 0x28, 0xFF, 0xFE, 0xA0, 0xA1];
        var content = new ByteArrayContent([.. prefix, .. invalid, .. suffix]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

        var response = await PostRawAsync(content);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.malformed_body");
    }

    [Fact]
    public async Task An_id_that_is_not_a_guid_is_404_not_500()
    {
        using var client = await app.ClientAsAsync(TestUsers.Admin);

        var response = await client.GetAsync("/api/v1/operators/not-a-guid");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_search_page_that_is_not_a_number_is_400()
    {
        using var client = await app.ClientAsAsync(TestUsers.Admin);

        var response = await client.GetAsync("/api/v1/operators?page=abc");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_very_long_search_text_is_cut_instead_of_failing()
    {
        using var client = await app.ClientAsAsync(TestUsers.Admin);

        var response = await client.GetAsync("/api/v1/operators?q=" + new string('餐', 5000));

        (await response.ReadJsonAsync()).GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_wrong_method_is_405()
    {
        using var client = await app.ClientAsAsync(TestUsers.Admin);

        var response = await client.DeleteAsync($"/api/v1/operators/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    private async Task<HttpResponseMessage> PostRawAsync(HttpContent content)
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var before = await app.CountRowsAsync();
        var serverErrors = app.ServerErrors.Entries.Count;
        var response = await client.PostAsync(OperatorsApiPaths.Operators, content);
        (await app.CountRowsAsync()).ShouldBe(before, "a refused request must not leave rows behind");
        app.ServerErrors.Entries.Skip(serverErrors).ShouldNotContain(e => e.Contains("Unhandled exception"));
        return response;
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
