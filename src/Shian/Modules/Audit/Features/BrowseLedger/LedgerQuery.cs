using Microsoft.EntityFrameworkCore;
using Shian.Modules.Audit.Contracts;
using Shian.Modules.Audit.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Audit.Features.BrowseLedger;

/// <summary>Ledger entries, newest first, optionally of one entity type and id; the page and the API both call this.</summary>
internal sealed class LedgerQuery(ShianDbContext db)
{
    public Task<PagedList<AuditEntrySummary>> BrowseAsync(string? entityType, string? entityId, PageRequest page, CancellationToken ct)
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
