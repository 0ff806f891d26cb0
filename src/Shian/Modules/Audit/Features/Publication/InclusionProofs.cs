using Microsoft.EntityFrameworkCore;
using Shian.Modules.Audit.Contracts;
using Shian.Modules.Audit.Domain;
using Shian.Modules.Audit.Features.Checkpoints;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Audit.Features.Publication;

/// <summary>
/// What the portal publishes: the signed daily heads, and for any entry of a sealed day the RFC 6962 audit path from
/// its hash to that day's Merkle root. Neither reveals an entry's content: a proof carries hashes only.
/// </summary>
internal sealed class InclusionProofs(ShianDbContext db, SealedDays sealedDays)
{
    public const int MaxPageSize = 100;

    public Task<PagedList<CheckpointSummary>> PublishedAsync(int page, int pageSize, CancellationToken ct)
    {
        if (page < 1)
        {
            throw ShianException.Invalid(AuditErrors.InvalidPage, "page");
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            throw ShianException.Invalid(AuditErrors.InvalidPageSize, "pageSize", MaxPageSize);
        }

        return db.Set<LedgerCheckpoint>().AsNoTracking().Where(c => c.Kind == CheckpointKind.Daily)
            .OrderByDescending(c => c.Day)
            .Select(c => new CheckpointSummary("daily", c.Day, c.FromSequence, c.ToSequence, c.HeadHash, c.MerkleRoot, c.CreatedAt, c.KeyId, c.Signature))
            .ToPagedListAsync(new PageRequest(page, pageSize), ct);
    }

    /// <summary>The audit path of entry <paramref name="sequence"/>. Throws <c>audit.no_such_entry</c> or <c>audit.entry_not_yet_published</c>.</summary>
    public async Task<InclusionProof> ProveAsync(long sequence, CancellationToken ct)
    {
        if (sequence < 1)
        {
            throw ShianException.Invalid(AuditErrors.InvalidSequence, "sequence");
        }

        var hash = await db.Set<AuditEntry>().Where(e => e.Sequence == sequence).Select(e => e.Hash).FirstOrDefaultAsync(ct)
            ?? throw ShianException.NotFound(AuditErrors.NoSuchEntry, sequence);
        var day = await db.Set<LedgerCheckpoint>().AsNoTracking()
            .Where(c => c.Kind == CheckpointKind.Daily && c.FromSequence <= sequence && c.ToSequence >= sequence)
            .OrderBy(c => c.Id).FirstOrDefaultAsync(ct)
            ?? throw ShianException.NotFound(AuditErrors.EntryNotYetPublished, sequence);

        var raw = await sealedDays.LeavesAsync(day.Id, async () =>
            (await db.Set<AuditEntry>().Where(e => e.Sequence >= day.FromSequence && e.Sequence <= day.ToSequence)
                .OrderBy(e => e.Sequence).Select(e => e.Hash).ToListAsync(ct)).Select(Convert.FromHexString).ToList());
        var index = (int)(sequence - day.FromSequence);
        var path = MerkleTree.Path(raw, index).Select(Convert.ToHexStringLower).ToList();
        return new InclusionProof(sequence, hash, index, raw.Count, path, CheckpointStore.Summary(day));
    }
}

/// <summary>
/// An RFC 6962 inclusion proof: leaf <see cref="LeafIndex"/> of a tree of <see cref="TreeSize"/> leaves (the sealed day's
/// entries in sequence order), leaf = SHA-256(0x00 ‖ entry hash), nodes SHA-256(0x01 ‖ left ‖ right), the path
/// nearest sibling first, to <see cref="Checkpoint"/>'s Merkle root. Check it with <c>scripts/ledger_verify_inclusion.py</c>.
/// </summary>
internal sealed record InclusionProof(
    long Sequence, string EntryHash, int LeafIndex, int TreeSize, IReadOnlyList<string> Path, CheckpointSummary Checkpoint);
