using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Audit.Contracts;
using Shian.Shared.Kernel;

namespace Shian.Modules.Audit.Features.BrowseLedger;

internal static class BrowseLedgerEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/entries", HandleAsync)
            .WithName("Audit.Entries")
            .WithSummary("Ledger entries, newest first, optionally for one entity type and id.")
            .RequireAuthorization(AuditPermissions.BrowsePolicy);

    private static async Task<Ok<PagedList<AuditEntrySummary>>> HandleAsync(
        LedgerQuery ledger, string? entityType, string? entityId, int page = 1, int pageSize = PageRequest.DefaultPageSize,
        CancellationToken ct = default) =>
        TypedResults.Ok(await ledger.BrowseAsync(entityType, entityId, new PageRequest(page, pageSize), ct));
}
