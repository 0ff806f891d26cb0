using Shian.Shared.Kernel;

namespace Shian.Modules.Audit.Contracts;

/// <summary>What other modules may read of the ledger.</summary>
public interface IAuditTrail
{
    /// <summary>The entries about the given entities (newest first), e.g. an operator and its premises.</summary>
    Task<PagedList<AuditEntrySummary>> ForEntitiesAsync(IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken ct);

    /// <summary>
    /// Recomputes the whole chain and holds it against the signed checkpoints (database and append-only file); names
    /// the first entry that was altered, inserted or removed, a truncated tail, or a re-hashed chain.
    /// </summary>
    Task<LedgerVerification> VerifyAsync(CancellationToken ct);
}

/// <summary>One ledger entry as other modules see it.</summary>
public sealed record AuditEntrySummary(
    long Sequence, DateTimeOffset OccurredAt, string ActorName, string Action, string EntityType, string EntityId,
    string? Before, string? After, string Hash);

/// <summary>
/// The result of a chain verification. When <see cref="IsIntact"/> is false, <see cref="FirstBrokenSequence"/>
/// is the first entry whose content, link or position does not match (or the first missing one, or the head of the
/// checkpoint the chain no longer matches), and <see cref="Problem"/> says which. <see cref="CheckpointsChecked"/> counts
/// the signed checkpoints the chain was held against; <see cref="LastCheckpoint"/> is the newest of them.
/// </summary>
public sealed record LedgerVerification(
    bool IsIntact, long EntriesChecked, long? FirstBrokenSequence, string? Problem, string? HeadHash, DateTimeOffset CheckedAt,
    int CheckpointsChecked = 0, CheckpointSummary? LastCheckpoint = null);

/// <summary>
/// A signed checkpoint of the chain: entries <see cref="FromSequence"/>..<see cref="ToSequence"/>, the head's hash, the
/// Merkle root (RFC 6962) of their hashes, when, and the HMAC-SHA256 signature with the key named <see cref="KeyId"/>.
/// <see cref="Kind"/> is <c>daily</c> (one China day, published) or <c>head</c> (taken on demand).
/// </summary>
public sealed record CheckpointSummary(
    string Kind, DateOnly Date, long FromSequence, long ToSequence, string HeadHash, string MerkleRoot, DateTimeOffset CreatedAt,
    string KeyId, string Signature);
