using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Net.Http.Headers;
using Shian.Shared.Kernel;

namespace Shian.Shared.Web;

/// <summary>
/// The limits on anonymous doors, each a fixed window per client address and each its own bucket, so one kind of
/// traffic cannot use up another's: <see cref="Anonymous"/> for public reads (open data, verification, public
/// pages), <see cref="PublicForms"/> for anonymous submissions and secret checks (registration forms and their API
/// twins), <see cref="SignIn"/> for signing in (a flood of public traffic from an address leaves its staff able to
/// sign in). A rejection is 429 <c>request.rate_limited</c> with <c>Retry-After</c>. Limits are configuration
/// (<c>RateLimits:*PerMinute</c>, docs/operations.md); per-user-name sign-in throttling is <c>SignInThrottle</c>.
/// </summary>
public static class RateLimits
{
    /// <summary>Policy for anonymous reads (public registry, open data, public pages): per client address.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>Policy for anonymous writes and secret checks (online registration, its status and account): per client address.</summary>
    public const string PublicForms = "public-forms";

    /// <summary>Policy for the sign-in page and API: per client address, apart from public traffic.</summary>
    public const string SignIn = "sign-in";

    /// <summary>The address a request is counted under.</summary>
    public static string ClientAddress(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    internal static IServiceCollection AddShianRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = new Dictionary<string, int>
        {
            [Anonymous] = configuration.GetValue("RateLimits:AnonymousPerMinute", 600),
            [PublicForms] = configuration.GetValue("RateLimits:PublicFormsPerMinute", 30),
            [SignIn] = configuration.GetValue("RateLimits:SignInPerMinute", 30),
        };
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                var retryAfter = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                ctx.HttpContext.Response.Headers[HeaderNames.RetryAfter] = RetryAfterSeconds(retryAfter);
                var problems = ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = ctx.HttpContext,
                    ProblemDetails = { Status = 429, Detail = Messages.Get(ErrorCodes.RateLimited) },
                });
            };
            foreach (var (policy, permits) in limits)
            {
                o.AddPolicy(policy, http => RateLimitPartition.GetFixedWindowLimiter(
                    ClientAddress(http),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1) }));
            }
        });
        return services;
    }

    /// <summary>Whole seconds, rounded up, at least 1 (RFC 9110 §10.2.3).</summary>
    public static string RetryAfterSeconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}
