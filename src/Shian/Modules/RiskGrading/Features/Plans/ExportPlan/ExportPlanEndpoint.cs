using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.RiskGrading.Features.Plans.PlanDetail;
using Shian.Shared.Web;

namespace Shian.Modules.RiskGrading.Features.Plans.ExportPlan;

internal static class ExportPlanEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/plans/{planId:guid}/export.csv", HandleAsync).WithName("RiskGrading.PlanExport")
            .WithSummary("The whole plan as CSV (UTF-8 with BOM) for spreadsheets.")
            .Refuses(404, RiskGradingErrors.PlanNotFound)
            .RequireAuthorization(RiskGradingPermissions.ReadPolicy);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> HandleAsync(Guid planId, PlanQuery plans, CancellationToken ct)
    {
        if (await plans.FindAsync(planId, ct) is not { } plan)
        {
            return PlanDetailEndpoint.NotFound();
        }

        var rows = await plans.RowsAsync(plan, ct);
        return TypedResults.File(PlanCsv.Write(rows), "text/csv; charset=utf-8", $"inspection-plan-{plan.JurisdictionCode}-{plan.Year}.csv");
    }
}
