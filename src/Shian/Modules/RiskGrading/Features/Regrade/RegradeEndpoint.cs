using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.RiskGrading.Features.GradeDetail;
using Shian.Shared.Persistence;
using Shian.Shared.Web;

namespace Shian.Modules.RiskGrading.Features.Regrade;

internal static class RegradeEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/operators/{operatorId:guid}/regrade", HandleAsync).WithName("RiskGrading.Regrade")
            .WithSummary("Re-grade an operator now, e.g. after a serious-violation listing. Administrator/Leader in scope.")
            .Refuses(404, RiskGradingErrors.GradeNotFound, RiskGradingErrors.OperatorNotFound)
            .RequireAuthorization(RiskGradingPermissions.RegradePolicy);

    private static async Task<Results<Ok<GradeDetails>, ProblemHttpResult>> HandleAsync(
        Guid operatorId, GradeDetailQuery query, RiskGrader grader, ShianDbContext db, CancellationToken ct)
    {
        if (await query.DetailsAsync(operatorId, ct) is null)
        {
            return GradeDetailEndpoint.NotFound();
        }

        await grader.RegradeAsync(operatorId, "manual", RiskGradingTexts.Zh("Reason_Manual"), null, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await query.DetailsAsync(operatorId, ct))!);
    }
}
