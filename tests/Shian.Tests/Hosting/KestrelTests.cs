using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Hosting;

/// <summary>What only the real server does: the 1 MB request limit (Limits:MaxRequestBodyBytes) and its headers.</summary>
[Collection(KestrelCollection.Name)]
public sealed class KestrelTests(KestrelAppFactory app)
{
    [Fact]
    public async Task A_body_over_one_megabyte_is_413_and_nothing_is_written()
    {
        var body = TestData.Operator();
        body["registeredAddress"] = new string('a', 1024 * 1024 + 1);

        var response = await PostAsync(JsonContent.Create(body));

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "request.body_too_large");
    }

    [Fact]
    public async Task A_chunked_body_over_one_megabyte_is_413_and_nothing_is_written()
    {
        var body = TestData.Operator();
        body["registeredAddress"] = new string('a', 1024 * 1024 + 1);
        var content = new StreamContent(new UnknownLengthStream(JsonSerializer.SerializeToUtf8Bytes(body)));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var response = await PostAsync(content);

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "request.body_too_large");
    }

    [Fact]
    public async Task A_body_just_under_the_limit_is_read_and_judged_on_its_content()
    {
        var body = TestData.Operator();
        body["registeredAddress"] = new string('a', 1000 * 1000);

        var response = await PostAsync(JsonContent.Create(body));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        problem.GetProperty("errors").TryGetProperty("registeredAddress", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_server_does_not_announce_itself()
    {
        using var client = app.AnonymousClient();

        var response = await client.GetAsync("/health/live");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Server.ShouldBeEmpty();
        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
    }

    private async Task<HttpResponseMessage> PostAsync(HttpContent content)
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var before = await app.CountRowsAsync();
        var response = await client.PostAsync("/api/v1/operators", content);
        (await app.CountRowsAsync()).ShouldBe(before);
        return response;
    }

    /// <summary>A body sent chunked, so that the server cannot refuse it by its Content-Length alone.</summary>
    private sealed class UnknownLengthStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
