using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Audit.Contracts;
using Shian.Modules.Audit.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Audit.Features.BrowseLedger;

internal static class BrowseLedgerEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/entries", HandleAsync)
            .WithName("Audit.Entries")
            .WithSummary("Ledger entries, newest first, optionally for one entity type and id.")
            .RequireAuthorization(AuditPermissions.Browse.Name);

    private static async Task<Ok<PagedList<AuditEntrySummary>>> HandleAsync(
        ShianDbContext db, string? entityType, string? entityId, int page = 1, int pageSize = PageRequest.DefaultPageSize,
        CancellationToken ct = default) =>
        TypedResults.Ok(await Query(db, entityType, entityId, new PageRequest(page, pageSize), ct));

    internal static Task<PagedList<AuditEntrySummary>> Query(
        ShianDbContext db, string? entityType, string? entityId, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<AuditEntry>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(entityType))
        {
            query = query.Where(e => e.EntityType == entityType);
        }

        if (!string.IsNullOrWhiteSpace(entityId))
        {
            query = query.Where(e => e.EntityId == entityId);
        }

        return query.OrderByDescending(e => e.Sequence).Select(e => new AuditEntrySummary(
                e.Sequence, e.OccurredAt, e.ActorName, e.Action.ToString(), e.EntityType, e.EntityId, e.Before, e.After, e.Hash)).ToPagedListAsync(page, ct);
    }
}
