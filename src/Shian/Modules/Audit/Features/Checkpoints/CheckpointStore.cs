using Microsoft.EntityFrameworkCore;
using Shian.Modules.Audit.Contracts;
using Shian.Modules.Audit.Domain;
using Shian.Modules.Audit.Features.VerifyChain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Audit.Features.Checkpoints;

/// <summary>
/// The checkpoints verification holds the chain against: those of the database and of the append-only file, each
/// with a valid signature. A forged signature, a key no longer configured, a checkpoint that is in the file but was
/// removed from the database, or an unreadable line of the file is itself a problem.
/// </summary>
internal sealed class CheckpointStore(ShianDbContext db, CheckpointFile file, CheckpointKeys keys)
{
    public async Task<CheckpointAnchors> AnchorsAsync(CancellationToken ct)
    {
        var stored = await db.Set<LedgerCheckpoint>().AsNoTracking().OrderBy(c => c.Id).ToListAsync(ct);
        var (inFile, unreadable) = await file.ReadAsync(ct);
        var storedSignatures = stored.Select(c => c.Signature).ToHashSet(StringComparer.Ordinal);
        var all = stored.Concat(inFile.Where(c => !storedSignatures.Contains(c.Signature))).ToList();

        CheckpointProblem? problem = unreadable > 0 ? new(0, LedgerProblems.FileUnreadable(unreadable)) : null;
        var valid = new List<LedgerCheckpoint>();
        foreach (var c in all)
        {
            switch (keys.Verify(c.KeyId, CheckpointPayload.Of(c), c.Signature))
            {
                case true:
                    valid.Add(c);
                    break;
                case false:
                    problem ??= new(c.ToSequence, LedgerProblems.CheckpointForged(c.Day));
                    break;
                default:
                    problem ??= new(c.ToSequence, LedgerProblems.CheckpointUnknownKey(c.Day, c.KeyId));
                    break;
            }
        }

        foreach (var removed in inFile.Where(c => !storedSignatures.Contains(c.Signature) && valid.Contains(c)))
        {
            problem ??= new(removed.ToSequence, LedgerProblems.CheckpointRemoved(removed.Day));
        }

        return new CheckpointAnchors([.. valid.OrderBy(c => c.ToSequence).ThenBy(c => c.CreatedAt)], problem);
    }

    /// <summary>The newest checkpoint in the database, as the admin page shows it.</summary>
    public async Task<CheckpointSummary?> LatestAsync(CancellationToken ct)
    {
        var latest = await db.Set<LedgerCheckpoint>().AsNoTracking()
            .OrderByDescending(c => c.ToSequence).ThenByDescending(c => c.Id).FirstOrDefaultAsync(ct);
        return latest is null ? null : Summary(latest);
    }

    public static CheckpointSummary Summary(LedgerCheckpoint c) => new(
        CheckpointPayload.KindName(c.Kind), c.Day, c.FromSequence, c.ToSequence, c.HeadHash, c.MerkleRoot, c.CreatedAt, c.KeyId, c.Signature);
}

/// <summary>The checkpoints with a valid signature (oldest head first), and the first problem found with the others.</summary>
internal sealed record CheckpointAnchors(IReadOnlyList<LedgerCheckpoint> Valid, CheckpointProblem? Problem);

internal sealed record CheckpointProblem(long Sequence, string Text);
