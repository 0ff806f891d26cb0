using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.RiskGrading.Features.GradeList;

internal static class GradeListEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/grades", HandleAsync).WithName("RiskGrading.Grades")
            .WithSummary("Operators by grade within a district or town of the caller's scope, riskiest first (paged).")
            .Refuses(400, RiskGradingErrors.UnknownGrade, RiskGradingErrors.UnknownDistrict)
            .RequireAuthorization(RiskGradingPermissions.ReadPolicy);

    private static async Task<Ok<PagedList<GradeListItem>>> HandleAsync(
        GradeListQuery query, string? jurisdiction = null, string? grade = null, int page = 1, int pageSize = PageRequest.DefaultPageSize, CancellationToken ct = default)
    {
        GradeListQuery.Validate(jurisdiction, grade);
        return TypedResults.Ok(await query.ListAsync(jurisdiction, grade, new PageRequest(page, pageSize), ct));
    }
}
