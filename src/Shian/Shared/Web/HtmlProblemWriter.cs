using System.Net;
using System.Text;
using Microsoft.Net.Http.Headers;
using Shian.Shared.Kernel;

namespace Shian.Shared.Web;

/// <summary>
/// A person's browser gets a page, not problem+json: when the request prefers <c>text/html</c>, every problem
/// (exceptions, status codes, rate limits, typed problem results) is written as a small error page in the reader's
/// language, with the same status code, what went wrong and a way on. API clients keep ProblemDetails.
/// </summary>
internal sealed class HtmlProblemWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => PrefersHtml(context.HttpContext.Request);

    /// <summary>True when the client asks for HTML before JSON (a browser navigating), false for API clients.</summary>
    public static bool PrefersHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        if (accept is not { Count: > 0 })
        {
            return false;
        }

        var html = accept.Where(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(-1).Max();
        var json = accept.Where(a => a.MediaType.Value?.Contains("json", StringComparison.OrdinalIgnoreCase) == true).Select(a => a.Quality ?? 1).DefaultIfEmpty(-1).Max();
        return html > 0 && html >= json;
    }

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        var status = problem.Status ?? http.Response.StatusCode;
        var code = problem.Extensions.TryGetValue("code", out var c) ? c?.ToString() : null;
        var detail = problem.Detail ?? Messages.Get(status == 404 ? "ui.error.page_not_found" : "ui.error.generic");
        var fieldErrors = problem is Microsoft.AspNetCore.Mvc.ValidationProblemDetails validation
            ? validation.Errors.SelectMany(e => e.Value)
            : [];

        var page = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(Encode(System.Globalization.CultureInfo.CurrentUICulture.Name)).Append("\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(problem.Title ?? ProblemTitles.For(status))).Append(" - ").Append(Encode(Messages.Get("ui.app_name"))).Append("</title>")
            .Append("<link rel=\"stylesheet\" href=\"/app.css\"><link rel=\"icon\" href=\"data:,\"></head><body>")
            .Append("<header class=\"topbar\"><a class=\"brand\" href=\"/\">").Append(Encode(Messages.Get("ui.app_name"))).Append("</a></header>")
            .Append("<main class=\"content error-page\"><h1>").Append(status.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(' ')
            .Append(Encode(problem.Title ?? ProblemTitles.For(status))).Append("</h1>")
            .Append("<p class=\"alert error\" role=\"alert\">").Append(Encode(detail)).Append("</p>");
        foreach (var error in fieldErrors.Distinct())
        {
            page.Append("<p>").Append(Encode(error)).Append("</p>");
        }

        if (status == 429 && http.Response.Headers.RetryAfter is { Count: > 0 } retry)
        {
            page.Append("<p>").Append(Encode(Messages.Get("ui.error.retry_after", retry.ToString()))).Append("</p>");
        }

        page.Append("<nav class=\"error-ways\">");
        if (status is 401 or 403)
        {
            page.Append("<a class=\"button\" href=\"/account/login?returnUrl=").Append(Uri.EscapeDataString(http.Request.Path + http.Request.QueryString))
                .Append("\">").Append(Encode(Messages.Get("ui.error.sign_in"))).Append("</a> ");
        }

        page.Append("<a class=\"button\" href=\"/\">").Append(Encode(Messages.Get("ui.error.home"))).Append("</a> ")
            .Append("<a href=\"/portal/establishments\">").Append(Encode(Messages.Get("ui.error.portal"))).Append("</a></nav>");
        page.Append("<p class=\"muted\">").Append(Encode(Messages.Get("ui.error.reference"))).Append(' ')
            .Append(Encode(code ?? "")).Append(" · ").Append(Encode(problem.Extensions.TryGetValue("traceId", out var t) ? t?.ToString() ?? "" : "")).Append("</p>");
        page.Append("</main></body></html>");

        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers[HeaderNames.CacheControl] = "no-store";
        await http.Response.WriteAsync(page.ToString(), http.RequestAborted);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
