using System.Net;
using System.Text.RegularExpressions;

namespace Shian.Tests.Infrastructure;

/// <summary>
/// Drives the statically rendered pages as a browser without scripts would: GET the page, read the antiforgery
/// token from its hidden input, and POST a form with the token and the form's name (<c>_handler</c>).
/// </summary>
public static partial class PageForms
{
    /// <summary>GETs a page, asserts 200, and returns its HTML with character references decoded.</summary>
    public static async Task<string> GetPageAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}: {html}");
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>Posts form <paramref name="formName"/> of the page at <paramref name="url"/>, with a fresh antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(
        this HttpClient client, string url, string formName, params (string Name, string Value)[] fields)
    {
        var page = await client.GetPageAsync(url);
        var token = TokenInput().Match(page);
        token.Success.ShouldBeTrue($"no antiforgery token on {url}");
        var content = new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token.Groups[1].Value), new("_handler", formName), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]);
        return await client.PostAsync(url, content);
    }

    /// <summary>Reads a rendered page from a POST answer (200), asserting it is one.</summary>
    public static async Task<string> ReadPageAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, html);
        return WebUtility.HtmlDecode(html);
    }

    /// <summary>Asserts a redirect after a successful post (post/redirect/get) and GETs where it points.</summary>
    public static async Task<string> FollowRedirectAsync(this HttpClient client, HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return await client.GetPageAsync(response.Headers.Location!.ToString());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
