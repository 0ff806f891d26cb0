using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Shian.Shared.Kernel;

namespace Shian.Shared.Web;

/// <summary>
/// Turns every exception into RFC 9457 ProblemDetails with a stable <c>code</c>. Known failures (rule
/// violations, malformed requests, concurrent edits) become 4xx; anything else is a 500, which is a bug.
/// </summary>
internal sealed class ShianExceptionHandler(IProblemDetailsService problemDetails, ILogger<ShianExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ShianException e => Problem(e.StatusCode, e.Code, e.Message, e.Errors),
            BadHttpRequestException e => Problem(
                e.StatusCode,
                e.StatusCode switch
                {
                    StatusCodes.Status415UnsupportedMediaType => ErrorCodes.UnsupportedMediaType,
                    StatusCodes.Status413PayloadTooLarge => ErrorCodes.BodyTooLarge,
                    _ => ErrorCodes.MalformedBody,
                },
                e.StatusCode == StatusCodes.Status415UnsupportedMediaType
                    ? "请求的内容类型不受支持，请使用 application/json。"
                    : "请求内容无法解析：" + (e.InnerException?.Message ?? e.Message)),
            AntiforgeryValidationException => Problem(400, "request.antiforgery_failed", "表单已过期或来源不明，请刷新页面后重新提交。"),
            DbUpdateConcurrencyException => Problem(409, ErrorCodes.Conflict, "记录已被他人修改，请刷新后重试。"),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                Problem(499, "request.cancelled", "请求已取消。"),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(500, ErrorCodes.Internal, "服务器内部错误，已记录，请稍后重试。");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    private static ProblemDetails Problem(int status, string code, string detail, IDictionary<string, string[]>? errors = null)
    {
        // Field names as the JSON body spells them (camelCase), like the validation filter's.
        var problem = errors is null
            ? new ProblemDetails()
            : new ValidationProblemDetails(errors.ToDictionary(e => e.Key.Length == 0 ? e.Key : char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => e.Value));
        problem.Status = status;
        problem.Title = ProblemTitles.For(status);
        problem.Detail = detail;
        problem.Extensions["code"] = code;
        return problem;
    }
}
