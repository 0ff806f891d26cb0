using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.RiskGrading.Features.Plans.PlanDetail;

internal static class PlanDetailEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/plans/{planId:guid}", HandleAsync).WithName("RiskGrading.Plan")
            .WithSummary("A plan: due/overdue/done counts, workload per inspector and a page of items (filter by status, inspector, town).")
            .Refuses(400, RiskGradingErrors.UnknownStatus)
            .Refuses(404, RiskGradingErrors.PlanNotFound)
            .RequireAuthorization(RiskGradingPermissions.ReadPolicy);

    private static async Task<Results<Ok<PlanView>, ProblemHttpResult>> HandleAsync(
        Guid planId, PlanQuery plans, string? status = null, Guid? inspector = null, string? town = null, int page = 1, int pageSize = PageRequest.DefaultPageSize,
        CancellationToken ct = default) =>
        await plans.GetAsync(planId, new PlanFilter(status, inspector, town), new PageRequest(page, pageSize), ct) is { } view
            ? TypedResults.Ok(view)
            : NotFound();

    /// <summary>No such plan, or outside the caller's scope (also answered by the CSV export).</summary>
    public static ProblemHttpResult NotFound() => Problems.NotFound(RiskGradingErrors.PlanNotFound, Messages.Get(RiskGradingErrors.PlanNotFound));
}
