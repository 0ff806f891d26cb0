using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Shian.Shared.Web;

/// <summary>
/// Typed ProblemDetails results for expected outcomes. They go through the ProblemDetails service, so the
/// response is application/problem+json with the trace id, like every other error.
/// </summary>
public static class Problems
{
    public static ProblemHttpResult Of(int status, string code, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Detail = detail, Extensions = { ["code"] = code } });

    public static ProblemHttpResult NotFound(string code, string detail) => Of(StatusCodes.Status404NotFound, code, detail);
}
