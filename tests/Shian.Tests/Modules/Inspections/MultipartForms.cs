using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Inspections;

/// <summary>
/// Posts one of a page's plain forms as a browser without scripts would: GET the page for a fresh antiforgery token,
/// then POST multipart/form-data (the fill page's forms carry a photo) to the form's action.
/// </summary>
internal static partial class MultipartForms
{
    public static async Task<HttpResponseMessage> PostMultipartFormAsync(
        this HttpClient client, string pageUrl, string action, (string Name, string Value)[] fields,
        (string Name, byte[] Content, string ContentType)? file = null)
    {
        var page = await client.GetPageAsync(pageUrl);
        var token = TokenInput().Match(page);
        token.Success.ShouldBeTrue($"no antiforgery token on {pageUrl}");
        var content = new MultipartFormDataContent { { new StringContent(token.Groups[1].Value), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        if (file is { } f)
        {
            var bytes = new ByteArrayContent(f.Content);
            bytes.Headers.ContentType = new MediaTypeHeaderValue(f.ContentType);
            content.Add(bytes, f.Name, "photo.png");
        }

        return await client.PostAsync(action, content);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
