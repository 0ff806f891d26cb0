namespace Shian.Modules.Inspections.Features.Referrals;

internal static class ReferralsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/referrals", async (ReferralQueries q, CancellationToken ct) => TypedResults.Ok(await q.ListAsync(ct)))
            .WithName("Inspections.Referrals").WithSummary("Penalty referrals proposed by not-conforming results (pending until the Penalties module takes them).")
            .RequireAuthorization(InspectionsPermissions.ReadPolicy);
}
