using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Shian.Shared.Kernel;

namespace Shian.Shared.Web;

/// <summary>
/// Refusals that the framework would otherwise answer in its own way (an empty body, an English sentence), answered
/// instead like every other error: problem+json for API clients, an error page in the reader's language for browsers.
/// </summary>
internal static class RequestGuards
{
    /// <summary>The longest URL (path and query, as sent) the platform accepts; Kestrel's request line limit is set above it so that the refusal is ours.</summary>
    public const int MaxUrlBytes = 8 * 1024;

    /// <summary>Kestrel's own limit on the request line: above it Kestrel answers 414 itself, with no body.</summary>
    public const int KestrelRequestLineBytes = 64 * 1024;

    /// <summary>414 <see cref="ErrorCodes.UriTooLong"/> for a URL over <see cref="MaxUrlBytes"/>; early, before any work is done for it.</summary>
    public static IApplicationBuilder UseUrlLengthLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if ((target?.Length ?? 0) > MaxUrlBytes)
        {
            throw ShianException.WithStatus(StatusCodes.Status414UriTooLong, ErrorCodes.UriTooLong, MaxUrlBytes / 1024);
        }

        await next(context);
    });

    /// <summary>
    /// A form posted without a valid antiforgery token: Blazor's page endpoints would write a 400 with an English
    /// sentence, form-bound API parameters a "malformed body"; both become 400 <see cref="ErrorCodes.AntiforgeryFailed"/>.
    /// Runs after <c>UseAntiforgery</c>, which records the verdict for the endpoints that require a token.
    /// </summary>
    public static IApplicationBuilder UseAntiforgeryRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
        {
            throw ShianException.WithStatus(StatusCodes.Status400BadRequest, ErrorCodes.AntiforgeryFailed);
        }

        await next(context);
    });
}
