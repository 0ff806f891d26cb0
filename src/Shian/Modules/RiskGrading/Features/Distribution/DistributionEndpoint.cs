using Microsoft.AspNetCore.Http.HttpResults;

namespace Shian.Modules.RiskGrading.Features.Distribution;

internal static class DistributionEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/distribution", HandleAsync).WithName("RiskGrading.Distribution")
            .WithSummary("Counts of grades A–D and the share of operators graded, per district of the caller's scope.")
            .RequireAuthorization(RiskGradingPermissions.ReadPolicy);

    private static async Task<Ok<IReadOnlyList<DistrictDistribution>>> HandleAsync(DistributionQuery query, CancellationToken ct) =>
        TypedResults.Ok(await query.DistributionAsync(ct));
}
