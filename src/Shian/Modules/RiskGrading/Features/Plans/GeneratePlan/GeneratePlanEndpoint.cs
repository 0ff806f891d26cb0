using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.RiskGrading.Features.Plans.PlanDetail;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.RiskGrading.Features.Plans.GeneratePlan;

internal static class GeneratePlanEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/plans", HandleAsync).WithName("RiskGrading.GeneratePlan")
            .WithSummary("Generate (or regenerate) a district's annual inspection plan from the current grades and assign inspectors. Administrator/Leader.")
            .Refuses(400, RiskGradingErrors.UnknownDistrict, RiskGradingErrors.YearOutOfRange)
            .RequireAuthorization(RiskGradingPermissions.PlanPolicy);

    private static async Task<Created<PlanView>> HandleAsync(GeneratePlanRequest request, PlanGenerator generator, PlanQuery plans, CancellationToken ct)
    {
        var id = await generator.GenerateAsync(request, ct);
        return TypedResults.Created($"/api/v1/riskgrading/plans/{id}", await plans.GetAsync(id, new PlanFilter(), new PageRequest(), ct));
    }
}
