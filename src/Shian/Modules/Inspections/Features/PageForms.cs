using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;

namespace Shian.Modules.Inspections.Features;

/// <summary>
/// Where the statically rendered pages' plain forms post (no circuit, works on any phone browser): the group the
/// form endpoints of StartInspection, FillItems, SignOff and Amend are mapped on, and their post/redirect/get
/// helpers. Each form handler calls its use case's handler (the same as the API) and redirects back to where the
/// inspector was, with the refusal's message in the query string when a rule said no.
/// </summary>
internal static class PageForms
{
    /// <summary>The <c>/inspections</c> group the forms post to: out of OpenAPI, antiforgery validated explicitly.</summary>
    public static RouteGroupBuilder Group(IEndpointRouteBuilder app) =>
        app.MapGroup("/inspections").ExcludeFromDescription().DisableAntiforgery()
            .AddEndpointFilter(async (ctx, next) =>
            {
                // The forms carry a token; validate it explicitly since these endpoints read the form themselves.
                await ctx.HttpContext.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(ctx.HttpContext);
                return await next(ctx);
            });

    /// <summary>Runs <paramref name="action"/> and redirects to the URL it returns, or back with a rule's refusal.</summary>
    public static async Task<RedirectHttpResult> TryAsync(string back, Func<Task<string>> action)
    {
        try
        {
            return TypedResults.LocalRedirect(await action());
        }
        catch (ShianException e) when (e.StatusCode < 500)
        {
            return Back(back, e.Message);
        }
    }

    /// <summary>Back to the page with the message; the fragment (where the inspector was) stays last.</summary>
    public static RedirectHttpResult Back(string url, string message)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var (path, fragment) = hash < 0 ? (url, "") : (url[..hash], url[hash..]);
        var separator = path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return TypedResults.LocalRedirect($"{path}{separator}error={Uri.EscapeDataString(message)}{fragment}");
    }
}
