using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.RiskGrading.Features.GradeDetail;

internal static class GradeDetailEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/operators/{operatorId:guid}", HandleAsync).WithName("RiskGrading.Operator")
            .WithSummary("An operator's current grade with its score breakdown (factor, points, rule row, citation), history and recorded events.")
            .Refuses(404, RiskGradingErrors.GradeNotFound)
            .RequireAuthorization(RiskGradingPermissions.ReadPolicy);

    private static async Task<Results<Ok<GradeDetails>, ProblemHttpResult>> HandleAsync(Guid operatorId, GradeDetailQuery query, CancellationToken ct) =>
        await query.DetailsAsync(operatorId, ct) is { } details ? TypedResults.Ok(details) : NotFound();

    /// <summary>No grade for the operator, or outside the caller's scope (also answered by the re-grade).</summary>
    public static ProblemHttpResult NotFound() => Problems.NotFound(RiskGradingErrors.GradeNotFound, Messages.Get(RiskGradingErrors.GradeNotFound));
}
