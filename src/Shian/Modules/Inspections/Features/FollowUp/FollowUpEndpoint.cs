namespace Shian.Modules.Inspections.Features.FollowUp;

internal static class FollowUpEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/overdue", async (FollowUpQueries q, CancellationToken ct) => TypedResults.Ok(await q.OverdueAsync(ct)))
            .WithName("Inspections.Overdue").WithSummary("Open re-inspection tasks whose rectification deadline has passed, in the caller's scope.")
            .RequireAuthorization(InspectionsPermissions.ReadPolicy);
        api.MapGet("/tasks", async (FollowUpQueries q, CancellationToken ct) => TypedResults.Ok(await q.OpenTasksAsync(ct)))
            .WithName("Inspections.Tasks").WithSummary("Open re-inspection tasks of the caller's scope, earliest due first.")
            .RequireAuthorization(InspectionsPermissions.ReadPolicy);
    }
}
