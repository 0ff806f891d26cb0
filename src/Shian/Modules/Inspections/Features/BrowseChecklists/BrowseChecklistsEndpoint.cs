using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.Inspections.Features.BrowseChecklists;

internal static class BrowseChecklistsEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/checklists", async (ChecklistQueries q, CancellationToken ct) => TypedResults.Ok(await q.ListAsync(ct)))
            .WithName("Inspections.Checklists").WithSummary("Every checklist version, newest first per sector.")
            .RequireAuthorization(InspectionsPermissions.ReadPolicy);
        api.MapGet("/checklists/{id:guid}", GetAsync)
            .WithName("Inspections.Checklist").WithSummary("One checklist version with its items.")
            .Refuses(404, InspectionsErrors.ChecklistNotFound).RequireAuthorization(InspectionsPermissions.ReadPolicy);
    }

    private static async Task<Results<Ok<ChecklistView>, ProblemHttpResult>> GetAsync(Guid id, ChecklistQueries q, CancellationToken ct) =>
        await q.GetAsync(id, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound(InspectionsErrors.ChecklistNotFound, Messages.Get(InspectionsErrors.ChecklistNotFound));
}
