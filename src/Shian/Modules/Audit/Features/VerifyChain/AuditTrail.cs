using Microsoft.EntityFrameworkCore;
using Shian.Modules.Audit.Contracts;
using Shian.Modules.Audit.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Audit.Features.VerifyChain;

internal sealed class AuditTrail(ShianDbContext db, TimeProvider time) : IAuditTrail
{
    public Task<PagedList<AuditEntrySummary>> ForEntitiesAsync(
        IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken ct) =>
        db.Set<AuditEntry>().AsNoTracking()
                .Where(e => entityIds.Contains(e.EntityId))
                .OrderByDescending(e => e.Sequence)
                .Select(e => new AuditEntrySummary(
                    e.Sequence, e.OccurredAt, e.ActorName, e.Action.ToString(), e.EntityType, e.EntityId, e.Before, e.After, e.Hash)).ToPagedListAsync(page, ct);

    public async Task<LedgerVerification> VerifyAsync(CancellationToken ct)
    {
        long expected = 1;
        var previousHash = LedgerHash.Genesis;
        var entries = db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(ct))
        {
            var problem =
                entry.Sequence != expected ? LedgerProblems.Missing(expected, entry.Sequence)
                : entry.PreviousHash != previousHash ? LedgerProblems.BrokenLink
                : LedgerHash.Compute(entry) != entry.Hash ? LedgerProblems.AlteredContent
                : null;
            if (problem is not null)
            {
                return new LedgerVerification(false, expected - 1, expected, problem, previousHash, time.GetUtcNow());
            }

            previousHash = entry.Hash;
            expected++;
        }

        return new LedgerVerification(true, expected - 1, null, null, previousHash, time.GetUtcNow());
    }
}
