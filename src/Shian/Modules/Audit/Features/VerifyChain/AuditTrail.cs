using Microsoft.EntityFrameworkCore;
using Shian.Modules.Audit.Contracts;
using Shian.Modules.Audit.Domain;
using Shian.Modules.Audit.Features.Checkpoints;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Audit.Features.VerifyChain;

internal sealed class AuditTrail(ShianDbContext db, CheckpointStore checkpoints, TimeProvider time) : IAuditTrail
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
        var anchors = await checkpoints.AnchorsAsync(ct);
        var last = anchors.Valid.Count == 0 ? null : CheckpointStore.Summary(anchors.Valid[^1]);
        LedgerVerification Broken(long checkedCount, long at, string problem, string head) =>
            new(false, checkedCount, at, problem, head, time.GetUtcNow(), anchors.Valid.Count, last);

        if (anchors.Problem is { } checkpointProblem)
        {
            return Broken(0, checkpointProblem.Sequence, checkpointProblem.Text, LedgerHash.Genesis);
        }

        // Heads the chain must pass through: sequence → (hash, day). Several checkpoints may share a head.
        var heads = anchors.Valid.Where(c => c.ToSequence > 0).GroupBy(c => c.ToSequence).ToDictionary(g => g.Key, g => g.First());
        long expected = 1;
        var previousHash = LedgerHash.Genesis;
        var entries = db.Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(ct))
        {
            var problem =
                entry.Sequence != expected ? LedgerProblems.Missing(expected, entry.Sequence)
                : entry.PreviousHash != previousHash ? LedgerProblems.BrokenLink
                : LedgerHash.Compute(entry) != entry.Hash ? LedgerProblems.AlteredContent
                : heads.TryGetValue(entry.Sequence, out var signed) && signed.HeadHash != entry.Hash ? LedgerProblems.CheckpointMismatch(signed.Day)
                : null;
            if (problem is not null)
            {
                return Broken(expected - 1, expected, problem, previousHash);
            }

            previousHash = entry.Hash;
            expected++;
        }

        // Removing the newest entries leaves a valid shorter chain; a signed checkpoint beyond its end gives that away.
        var furthest = anchors.Valid.MaxBy(c => c.ToSequence);
        if (furthest is not null && furthest.ToSequence >= expected)
        {
            return Broken(expected - 1, expected, LedgerProblems.Truncated(expected - 1, furthest.ToSequence, furthest.Day), previousHash);
        }

        return new LedgerVerification(true, expected - 1, null, null, previousHash, time.GetUtcNow(), anchors.Valid.Count, last);
    }
}
