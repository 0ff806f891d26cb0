using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.Catering.Features.OperatorGrades;

internal static class OperatorGradesEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/operators/{operatorId:guid}/grades", GetAsync).WithName("Catering.Grades")
            .WithSummary("An operator's current dynamic and annual grade and its grade history, each grade with the inspections it came from. Staff in scope; enterprise for its own.")
            .Refuses(404, CateringErrors.NotFound)
            .RequireAuthorization(CateringPermissions.ReadPolicy);

    private static async Task<Results<Ok<OperatorGradesView>, ProblemHttpResult>> GetAsync(
        Guid operatorId, CateringQueries queries, CancellationToken ct) =>
        await queries.ForOperatorAsync(operatorId, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound(CateringErrors.NotFound, Messages.Get(CateringErrors.NotFound));
}
