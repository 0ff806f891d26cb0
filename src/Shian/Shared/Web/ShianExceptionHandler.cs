using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Shian.Shared.Kernel;
using Shian.Shared.Storage;

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
            BadHttpRequestException e when IsTooLarge(e) && UploadLimitMegabytes(httpContext) is { } megabytes =>
                Problem(StatusCodes.Status413PayloadTooLarge, DatabaseFileStore.TooLarge, Messages.Get(DatabaseFileStore.TooLarge, megabytes)),
            BadHttpRequestException e when IsTooLarge(e) =>
                Problem(StatusCodes.Status413PayloadTooLarge, ErrorCodes.BodyTooLarge, Messages.Get(ErrorCodes.BodyTooLarge)),
            BadHttpRequestException e => Problem(
                e.StatusCode,
                e.StatusCode switch
                {
                    StatusCodes.Status415UnsupportedMediaType => ErrorCodes.UnsupportedMediaType,
                    StatusCodes.Status413PayloadTooLarge => ErrorCodes.BodyTooLarge,
                    _ => ErrorCodes.MalformedBody,
                },
                e.StatusCode == StatusCodes.Status415UnsupportedMediaType
                    ? Messages.Get(ErrorCodes.UnsupportedMediaType)
                    : Messages.Get(ErrorCodes.MalformedBody, e.InnerException?.Message ?? e.Message)),
            AntiforgeryValidationException => Problem(400, ErrorCodes.AntiforgeryFailed, Messages.Get(ErrorCodes.AntiforgeryFailed)),
            DbUpdateConcurrencyException => Problem(409, ErrorCodes.Conflict, Messages.Get(ErrorCodes.Conflict)),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested =>
                Problem(499, ErrorCodes.Cancelled, Messages.Get(ErrorCodes.Cancelled)),
            _ => null,
        };

        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
            problem = Problem(500, ErrorCodes.Internal, Messages.Get(ErrorCodes.Internal));
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>
    /// The body went over its limit, also when a form or JSON reader wrapped the server's 413 in its own 400
    /// ("failed to read the form").
    /// </summary>
    private static bool IsTooLarge(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// On an upload endpoint (one that raised the body limit for files, <see cref="UploadEndpoints.AcceptsUploads"/>)
    /// a body over the limit is a file too large: the answer says so with the file limit in MB, as the file store does
    /// for a file just over it.
    /// </summary>
    private static long? UploadLimitMegabytes(HttpContext http) =>
        // The exception handler has cleared the request's endpoint by now; its feature keeps the one that failed.
        http.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize is { } limit
        && limit > UploadEndpoints.FormOverheadBytes
            ? (limit - UploadEndpoints.FormOverheadBytes) / (1024 * 1024)
            : null;

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
