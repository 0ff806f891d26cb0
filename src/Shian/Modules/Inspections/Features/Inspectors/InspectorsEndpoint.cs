namespace Shian.Modules.Inspections.Features.Inspectors;

internal static class InspectorsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/inspectors", async (InspectorEligibility e, string town, CancellationToken ct) => TypedResults.Ok(await e.ForTownAsync(town, ct)))
            .WithName("Inspections.Inspectors").WithSummary("Inspectors whose jurisdiction covers a town (9-digit code).")
            .RequireAuthorization(InspectionsPermissions.ConductPolicy);
}
