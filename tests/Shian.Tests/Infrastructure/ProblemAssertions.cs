using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Shian.Tests.Infrastructure;

public static class ProblemAssertions
{
    /// <summary>Asserts an RFC 9457 problem with the expected status and stable code, and returns its body.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string? code = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        var body = JsonDocument.Parse(text).RootElement;
        body.GetProperty("status").GetInt32().ShouldBe((int)status);
        body.TryGetProperty("traceId", out _).ShouldBeTrue(text);
        if (code is not null)
        {
            body.GetProperty("code").GetString().ShouldBe(code, text);
        }

        return body;
    }

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    public static Task<HttpResponseMessage> PutJsonAsync(this HttpClient client, string url, object body) =>
        client.PutAsJsonAsync(url, body, TestData.Json);
}
