using Shian.Shared.Kernel;

namespace Shian.Modules.Inspections.Features.ListInspections;

internal static class ListInspectionsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/", (ListInspectionsQuery q, string? status, Guid? operatorId, int? page, int? pageSize, CancellationToken ct) =>
                q.ListAsync(status, operatorId, new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultPageSize), ct))
            .WithName("Inspections.List").WithSummary("Inspections of the caller's scope (status Draft/Signed, operatorId), newest first, paged.")
            .RequireAuthorization(InspectionsPermissions.ReadPolicy);
}
