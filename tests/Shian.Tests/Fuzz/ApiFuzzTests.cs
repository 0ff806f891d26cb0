using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Shian.Tests.Fuzz;

/// <summary>
/// Every operation of <c>/openapi/v1.json</c>, called as a principal allowed to call it, with the fixed corpus of bad
/// inputs (<see cref="FuzzCorpus"/>): bad path ids, bad query values, broken bodies and a bad value in each field of an
/// otherwise plausible body. Any 5xx, or an error that is not <c>application/problem+json</c>, fails the test.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed partial class ApiFuzzTests(FuzzApp app, ITestOutputHelper output)
{
    /// <summary>
    /// 20 MB bodies go to a sample only: each costs a full parse of 20 MB, and the body limit that refuses them on a
    /// real server is Kestrel's (KestrelHostileInputTests), not the test server's. Every upload operation and every
    /// seventh other operation with a body is enough to find a handler that chokes on a long string.
    /// </summary>
    private const int TwentyMegabyteSampleEvery = 7;

    [Fact]
    public async Task Every_api_operation_answers_bad_input_without_a_server_error()
    {
        var openApi = app.OpenApi;
        var ids = app.Ids;
        var run = new FuzzRun("application/problem+json", "application/json");
        var operations = openApi.Operations.Where(o => o.Path.StartsWith("/api/", StringComparison.Ordinal)).ToList();

        var withBody = 0;
        foreach (var operation in operations)
        {
            var (principal, client) = app.ClientFor(app.Metadata(operation));
            var target = $"{operation} as {principal}";
            var method = new HttpMethod(operation.Method);
            var url = Fill(operation.Path, ids) + RequiredQuery(openApi, operation, ids);
            if (operation.BodySchema is null)
            {
                await run.SendAsync(client, target, "plain", method, url);
            }

            foreach (var parameter in operation.PathParameters)
            {
                foreach (var (name, value) in FuzzCorpus.PathValues)
                {
                    await SendAsync(run, client, target, $"path {name}", method, Fill(operation.Path, ids, parameter, value), openApi, operation, ids);
                }
            }

            foreach (var (parameter, _, _) in operation.QueryParameters)
            {
                foreach (var (name, value) in FuzzCorpus.QueryValues)
                {
                    var query = RequiredQuery(openApi, operation, ids, except: parameter);
                    await SendAsync(run, client, target, $"query {name}", method, $"{url}{(query.Length == 0 ? "?" : query + "&")}{parameter}={value}", openApi, operation, ids);
                }
            }

            if (operation.BodySchema is not { } schema)
            {
                continue;
            }

            withBody++;
            var sample = openApi.Sample(schema, ids.ForName) ?? new JsonObject();
            var multipart = operation.BodyContentType?.StartsWith("multipart/", StringComparison.Ordinal) == true;
            foreach (var (name, body, contentType) in FuzzCorpus.Bodies)
            {
                await run.SendAsync(client, target, $"body {name}", method, url, Content(body, contentType));
            }

            await run.SendAsync(client, target, "body sample", method, url, Body(sample, multipart));
            await run.SendAsync(client, target, "body wrong content type", method, url, Content(sample.ToJsonString(), "text/plain"));
            var whole = sample.ToJsonString();
            await run.SendAsync(client, target, "body truncated", method, url, Content(whole[..(whole.Length / 2)], "application/json"));

            foreach (var (path, value) in OpenApiOperations.Walk(sample))
            {
                foreach (var (name, mutation) in Mutations(value))
                {
                    await run.SendAsync(client, target, $"field {name}", method, url, Body(OpenApiOperations.Replace(sample, path, mutation), multipart));
                }
            }

            if (multipart || withBody % TwentyMegabyteSampleEvery == 0)
            {
                var first = OpenApiOperations.Walk(sample).FirstOrDefault(p => p.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String);
                if (first.Path is not null)
                {
                    await run.SendAsync(client, target, "field 20 MB string", method, url, Body(OpenApiOperations.Replace(sample, first.Path, FuzzCorpus.TwentyMegabytes), multipart));
                }
            }
        }

        run.Report(output, "operations");
        operations.Count.ShouldBeGreaterThan(100);
    }

    private static Task SendAsync(FuzzRun run, HttpClient client, string target, string input, HttpMethod method, string url, OpenApiOperations openApi, ApiOperation operation, RealIds ids)
    {
        var body = operation.BodySchema is { } schema ? openApi.Sample(schema, ids.ForName) ?? new JsonObject() : null;
        var multipart = operation.BodyContentType?.StartsWith("multipart/", StringComparison.Ordinal) == true;
        return run.SendAsync(client, target, input, method, url, body is null ? null : Body(body, multipart));
    }

    /// <summary>The bad values tried in one field, by the kind of value the field holds in the sample.</summary>
    private static IEnumerable<(string Name, JsonNode? Value)> Mutations(JsonNode? value)
    {
        yield return ("null", null);
        switch (value)
        {
            case JsonArray array:
                yield return ("array of null", new JsonArray((JsonNode?)null));
                yield return ("empty array", new JsonArray());
                yield return ("wrong type", JsonValue.Create("abc"));
                var item = array.FirstOrDefault()?.ToJsonString() ?? "0";
                var count = Math.Min(100_000, 900_000 / Math.Max(1, item.Length + 1));
                yield return ("huge array", JsonNode.Parse("[" + string.Join(',', Enumerable.Repeat(item, count)) + "]"));
                break;
            case JsonObject:
                yield return ("empty object", new JsonObject());
                yield return ("wrong type", new JsonArray(JsonValue.Create(1)));
                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                yield return ("wrong type", JsonValue.Create(12345));
                yield return ("object for string", new JsonObject { ["a"] = null });
                foreach (var (name, text) in FuzzCorpus.Strings)
                {
                    yield return (name, JsonValue.Create(text ?? FuzzCorpus.LoneSurrogateMarker.Trim('"')));
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.Number:
                yield return ("wrong type", JsonValue.Create("abc"));
                yield return ("overflow", JsonNode.Parse("99999999999999999999999999999999999999"));
                yield return ("negative", JsonValue.Create(-1));
                yield return ("fraction", JsonValue.Create(1.5));
                yield return ("exponent", JsonNode.Parse("1e3"));
                yield return ("number as string", JsonValue.Create(" 1"));
                break;
            default:
                yield return ("wrong type", JsonValue.Create("abc"));
                yield return ("number for bool", JsonValue.Create(2));
                break;
        }
    }

    private static HttpContent Body(JsonNode body, bool multipart)
    {
        if (!multipart)
        {
            return Content(body.ToJsonString(), "application/json")!;
        }

        // Each field as a form part; "file" fields as files with bytes that are no known format.
        var form = new MultipartFormDataContent("fuzz-boundary");
        foreach (var (name, value) in body is JsonObject o ? o : [])
        {
            var text = value?.ToJsonString().Trim('"').Replace(FuzzCorpus.LoneSurrogateMarker.Trim('"'), "\ud800", StringComparison.Ordinal) ?? "";
            if (name.Contains("file", StringComparison.OrdinalIgnoreCase))
            {
                form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), name, text.Length > 100 ? "f.pdf" : text + ".pdf");
            }
            else
            {
                form.Add(new StringContent(text), name);
            }
        }

        return form;
    }

    private static ByteArrayContent? Content(string? body, string? contentType)
    {
        if (body is null)
        {
            return null;
        }

        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body.Replace(FuzzCorpus.LoneSurrogateMarker, "\"\\ud800\"", StringComparison.Ordinal)));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }

    /// <summary>Required query parameters with a plausible value, as <c>?a=1&amp;b=2</c> (or empty).</summary>
    internal static string RequiredQuery(OpenApiOperations openApi, ApiOperation operation, RealIds ids, string? except = null)
    {
        var parts = operation.QueryParameters.Where(q => q.Required && q.Name != except)
            .Select(q => $"{q.Name}={Uri.EscapeDataString(openApi.Sample(q.Schema, ids.ForName, q.Name)?.ToString() ?? "1")}")
            .ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    /// <summary>The path with its parameters filled: <paramref name="parameter"/> with <paramref name="value"/>, the others with a real id if one is known.</summary>
    internal static string Fill(string path, RealIds ids, string? parameter = null, string? value = null) =>
        PathParameter().Replace(path, m => m.Groups[1].Value == parameter
            ? value!
            : Uri.EscapeDataString(ids.ForPath(path[..m.Index].TrimEnd('/'), m.Groups[1].Value) ?? FuzzCorpus.UnknownId.ToString()));

    [GeneratedRegex(@"\{\**([A-Za-z0-9_]+)(:[^}]*)?\??\}")]
    internal static partial Regex PathParameter();
}
