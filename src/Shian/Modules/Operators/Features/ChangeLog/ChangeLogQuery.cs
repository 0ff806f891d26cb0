using Microsoft.EntityFrameworkCore;
using Shian.Modules.Audit.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Features.ChangeLog;

/// <summary>The ledger's entries about the operator and its premises, for the file's change-log tab.</summary>
internal sealed class ChangeLogQuery(ShianDbContext db, IAuditTrail audit)
{
    /// <summary>Null when the operator is not in the caller's scope.</summary>
    public async Task<PagedList<AuditEntrySummary>?> ChangesAsync(Guid id, PageRequest page, CancellationToken ct)
    {
        if (!await db.Set<Operator>().AnyAsync(o => o.Id == id, ct))
        {
            return null;
        }

        // Ids are formatted here, as the ledger writes them: SQLite would return its own upper-case text form.
        var premisesIds = await db.Set<Premises>().AsNoTracking().Where(p => p.OperatorId == id).Select(p => p.Id).ToListAsync(ct);
        var ids = premisesIds.Append(id).Select(g => g.ToString()).ToList();
        return await audit.ForEntitiesAsync(ids, page, ct);
    }
}
