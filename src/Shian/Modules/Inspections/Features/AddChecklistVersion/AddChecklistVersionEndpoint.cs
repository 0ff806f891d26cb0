using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Inspections.Features.BrowseChecklists;
using Shian.Shared.Web;

namespace Shian.Modules.Inspections.Features.AddChecklistVersion;

internal static class AddChecklistVersionEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/checklists", HandleAsync)
            .WithName("Inspections.AddChecklist")
            .WithSummary("Add a new checklist version (items + effective date). Past inspections keep their items. Administrator.")
            .Refuses(400, InspectionsErrors.UnknownSector, InspectionsErrors.ChecklistInvalid)
            .RequireAuthorization(InspectionsPermissions.ManageChecklistsPolicy);

    private static async Task<Created<ChecklistView>> HandleAsync(
        NewChecklistVersionRequest request, AddChecklistVersionHandler handler, CancellationToken ct)
    {
        var view = await handler.HandleAsync(request, ct);
        return TypedResults.Created($"/api/v1/inspections/checklists/{view.Id}", view);
    }
}
