using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.RiskGrading.Features.Plans.GeneratePlan;
using Shian.Shared.Web;

namespace Shian.Modules.RiskGrading.Features.Plans.ListPlans;

internal static class ListPlansEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/plans", HandleAsync).WithName("RiskGrading.Plans")
            .WithSummary("Plans of the caller's scope, optionally for one district and year.")
            .Refuses(400, RiskGradingErrors.UnknownDistrict, RiskGradingErrors.YearOutOfRange)
            .RequireAuthorization(RiskGradingPermissions.ReadPolicy);

    private static async Task<Ok<List<PlanSummary>>> HandleAsync(
        PlanListQuery plans, PlanChecks checks, string? district = null, int? year = null, CancellationToken ct = default)
    {
        if (district is { Length: > 0 })
        {
            await checks.ValidateAsync(district, year, ct);
        }
        else
        {
            checks.ValidateYear(year);
        }

        return TypedResults.Ok(await plans.ListAsync(district, year, ct));
    }
}
