using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;

namespace Shian.Tests.Fuzz;

/// <summary>
/// Every page of the route table (Razor component endpoints), opened by a browser (<c>Accept: text/html</c>) as a
/// principal allowed to open it, with bad path values, bad values in each query parameter the page reads
/// (its <c>[SupplyParameterFromQuery]</c> properties, found by reflection), and a form post without an antiforgery
/// token. Any 5xx, or an error that is not an HTML page, fails the test.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class PageFuzzTests(FuzzApp app, ITestOutputHelper output)
{
    [Fact]
    public async Task Every_page_answers_bad_input_without_a_server_error()
    {
        var run = new FuzzRun("text/html", "text/html");
        var pages = app.Endpoints.Where(e => e.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
            .OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal).ToList();

        foreach (var page in pages)
        {
            var pattern = page.RoutePattern.RawText!;
            var (principal, client) = app.ClientFor(page.Metadata);
            var target = $"{pattern} as {principal}";
            var url = Fill(pattern);
            await run.SendAsync(client, target, "plain", HttpMethod.Get, url);

            foreach (var parameter in page.RoutePattern.Parameters)
            {
                foreach (var (name, value) in FuzzCorpus.PathValues)
                {
                    await run.SendAsync(client, target, $"path {name}", HttpMethod.Get, Fill(pattern, parameter.Name, value));
                }
            }

            foreach (var query in QueryParameters(page.Metadata.GetMetadata<ComponentTypeMetadata>()!.Type))
            {
                foreach (var (name, value) in FuzzCorpus.QueryValues)
                {
                    await run.SendAsync(client, target, $"query {name}", HttpMethod.Get, $"{url}?{query}={value}");
                }

                await run.SendAsync(client, target, "query repeated", HttpMethod.Get, $"{url}?{query}=1&{query}=abc");
            }

            using var form = new FormUrlEncodedContent([new("_handler", "fuzz"), new("x", "\0")]);
            await run.SendAsync(client, target, "form without antiforgery token", HttpMethod.Post, url, form);
        }

        run.Report(output, "pages");
        pages.Count.ShouldBeGreaterThan(40);
    }

    /// <summary>The query names a page reads: its <c>[SupplyParameterFromQuery]</c> properties, by their given name or their own.</summary>
    public static IEnumerable<string> QueryParameters(Type component) =>
        component.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(p => (Property: p, Attribute: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(p => p.Attribute is not null)
            .Select(p => p.Attribute!.Name ?? p.Property.Name)
            .Order(StringComparer.Ordinal);

    private string Fill(string pattern, string? parameter = null, string? value = null) =>
        ApiFuzzTests.PathParameter().Replace(pattern, m => m.Groups[1].Value == parameter
            ? value!
            : Uri.EscapeDataString(app.Ids.ForPath("/api/v1" + pattern[..m.Index].TrimEnd('/'), m.Groups[1].Value) ?? FuzzCorpus.UnknownId.ToString()));
}
