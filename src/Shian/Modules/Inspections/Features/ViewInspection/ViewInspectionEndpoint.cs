using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.Inspections.Features.ViewInspection;

internal static class ViewInspectionEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/{id:guid}", GetAsync)
            .WithName("Inspections.Get").WithSummary("An inspection with its items, photos, follow-up and amendments.")
            .Refuses(404, InspectionsErrors.NotFound).RequireAuthorization(InspectionsPermissions.ReadPolicy);

    private static async Task<Results<Ok<InspectionView>, ProblemHttpResult>> GetAsync(Guid id, ViewInspectionQuery q, CancellationToken ct) =>
        await q.GetAsync(id, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound(InspectionsErrors.NotFound, Messages.Get(InspectionsErrors.NotFound));
}
