using System.Diagnostics;

namespace Shian.Shared.Web;

internal static class ProblemDetailsSetup
{
    /// <summary>Every ProblemDetails, whoever wrote it, carries a stable code and the trace id.</summary>
    public static IServiceCollection AddShianProblemDetails(this IServiceCollection services)
    {
        // Registered before AddProblemDetails' JSON writer: the first writer that can write wins.
        services.AddSingleton<IProblemDetailsWriter, HtmlProblemWriter>();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var status = ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode;
            ctx.ProblemDetails.Status = status;
            ctx.ProblemDetails.Extensions.TryAdd("code", ErrorCodes.ForStatus(status));
            ctx.ProblemDetails.Extensions["traceId"] = Activity.Current?.Id ?? ctx.HttpContext.TraceIdentifier;
            ctx.ProblemDetails.Title = ProblemTitles.For(status);

            ctx.ProblemDetails.Type ??= $"https://httpstatuses.io/{status}";
        });
        services.AddExceptionHandler<ShianExceptionHandler>();
        return services;
    }
}
