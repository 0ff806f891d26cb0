using Microsoft.EntityFrameworkCore;
using Shian.Modules.Audit.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Audit.Features.Checkpoints;

/// <summary>
/// Writes signed checkpoints: one per completed China day (the daily job; published on the portal), and on demand one
/// of the current head. Before signing it re-checks the entries it covers (gapless, linked to the previous
/// checkpoint's head, each hash right), so a chain already tampered with is never signed. Each checkpoint goes to the
/// database and to the append-only file.
/// </summary>
internal sealed class CheckpointWriter(ShianDbContext db, CheckpointKeys keys, CheckpointFile file, TimeProvider time)
{
    /// <summary>A day is sealed this long after it ends, so that a save that started before midnight has committed.</summary>
    private static readonly TimeSpan Grace = TimeSpan.FromMinutes(5);

    /// <summary>Writes the daily checkpoints of every completed day not yet covered; returns them.</summary>
    public async Task<IReadOnlyList<LedgerCheckpoint>> WriteDueDailyAsync(CancellationToken ct)
    {
        RequireKey();
        await AppendMissingToFileAsync(ct);
        var written = new List<LedgerCheckpoint>();
        var last = await LastDailyAsync(ct);
        DateOnly day;
        if (last is not null)
        {
            day = last.Day.AddDays(1);
        }
        else
        {
            var first = await db.Set<AuditEntry>().OrderBy(e => e.Sequence).Select(e => (DateTimeOffset?)e.OccurredAt).FirstOrDefaultAsync(ct);
            if (first is null)
            {
                return written;
            }

            day = first.Value.ChinaDate();
        }

        while (DayEnd(day) + Grace <= time.GetUtcNow())
        {
            var end = DayEnd(day);
            var from = (last?.ToSequence ?? 0) + 1;
            var to = await db.Set<AuditEntry>().Where(e => e.Sequence >= from && e.OccurredAt < end)
                .MaxAsync(e => (long?)e.Sequence, ct) ?? from - 1;
            last = await WriteAsync(CheckpointKind.Daily, day, from, to, last?.HeadHash, ct);
            written.Add(last);
            day = day.AddDays(1);
        }

        return written;
    }

    /// <summary>Seals the completed days, then checkpoints the current head (what came after the last daily one).</summary>
    public async Task<LedgerCheckpoint> WriteHeadAsync(CancellationToken ct)
    {
        await WriteDueDailyAsync(ct);
        var last = await LastDailyAsync(ct);
        var from = (last?.ToSequence ?? 0) + 1;
        var to = await db.Set<AuditEntry>().MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
        return await WriteAsync(CheckpointKind.Head, time.ChinaToday(), from, Math.Max(to, from - 1), last?.HeadHash, ct);
    }

    private void RequireKey()
    {
        if (keys.Problem is not null)
        {
            throw ShianException.WithStatus(503, AuditErrors.CheckpointKeyMissing, keys.Problem);
        }
    }

    private Task<LedgerCheckpoint?> LastDailyAsync(CancellationToken ct) =>
        db.Set<LedgerCheckpoint>().AsNoTracking().Where(c => c.Kind == CheckpointKind.Daily)
            .OrderByDescending(c => c.ToSequence).ThenByDescending(c => c.Day).FirstOrDefaultAsync(ct);

    private async Task<LedgerCheckpoint> WriteAsync(
        CheckpointKind kind, DateOnly day, long from, long to, string? previousHead, CancellationToken ct)
    {
        var (leaves, head) = await CheckedLeavesAsync(from, to, previousHead ?? LedgerHash.Genesis, ct);
        var at = LedgerHash.Truncate(time.GetUtcNow());
        var keyId = keys.SigningKeyId;
        var root = MerkleTree.RootHex(leaves);
        var checkpoint = new LedgerCheckpoint
        {
            Kind = kind,
            Day = day,
            FromSequence = from,
            ToSequence = to,
            HeadHash = head,
            MerkleRoot = root,
            CreatedAt = at,
            KeyId = keyId,
            Signature = keys.Sign(CheckpointPayload.Of(kind, day, from, to, head, root, at, keyId)),
        };
        db.Add(checkpoint);
        await db.SaveChangesAsync(ct);
        db.Entry(checkpoint).State = EntityState.Detached;
        await file.AppendAsync([checkpoint], ct);
        return checkpoint;
    }

    /// <summary>The raw hashes of entries <paramref name="from"/>..<paramref name="to"/>, each checked, and the head's hash.</summary>
    private async Task<(List<byte[]> Leaves, string Head)> CheckedLeavesAsync(long from, long to, string previousHead, CancellationToken ct)
    {
        var leaves = new List<byte[]>((int)Math.Max(0, Math.Min(to - from + 1, 1_000_000)));
        var expected = from;
        var previous = previousHead;
        var entries = db.Set<AuditEntry>().AsNoTracking().Where(e => e.Sequence >= from && e.Sequence <= to)
            .OrderBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var entry in entries.WithCancellation(ct))
        {
            if (entry.Sequence != expected || entry.PreviousHash != previous || LedgerHash.Compute(entry) != entry.Hash)
            {
                throw ShianException.Conflict(AuditErrors.ChainBrokenNoCheckpoint, expected);
            }

            leaves.Add(Convert.FromHexString(entry.Hash));
            previous = entry.Hash;
            expected++;
        }

        if (expected != to + 1)
        {
            throw ShianException.Conflict(AuditErrors.ChainBrokenNoCheckpoint, expected);
        }

        return (leaves, previous);
    }

    /// <summary>Puts back into the file any correctly signed checkpoint of the database it lacks (e.g. after a failed append).</summary>
    private async Task AppendMissingToFileAsync(CancellationToken ct)
    {
        var (inFile, _) = await file.ReadAsync(ct);
        var known = inFile.Select(c => c.Signature).ToHashSet(StringComparer.Ordinal);
        var missing = (await db.Set<LedgerCheckpoint>().AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct))
            .Where(c => !known.Contains(c.Signature) && keys.Verify(c.KeyId, CheckpointPayload.Of(c), c.Signature) == true)
            .ToList();
        await file.AppendAsync(missing, ct);
    }

    private static DateTimeOffset DayEnd(DateOnly day) =>
        new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset).ToUniversalTime();
}
