using System.Threading.RateLimiting;
using Shian.Shared.Kernel;

namespace Shian.Shared.Web;

public static class RateLimits
{
    /// <summary>Policy for anonymous endpoints (login, public verification, open data): per client address.</summary>
    public const string Anonymous = "anonymous";

    internal static IServiceCollection AddShianRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permitsPerMinute = configuration.GetValue("RateLimits:AnonymousPerMinute", 600);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (ctx, ct) =>
            {
                var problems = ctx.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = ctx.HttpContext,
                    ProblemDetails = { Status = 429, Detail = Messages.Get(ErrorCodes.RateLimited) },
                });
            };
            o.AddPolicy(Anonymous, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }
}
