using Shian.Shared.Kernel;

namespace Shian.Modules.Audit.Contracts;

/// <summary>What other modules may read of the ledger.</summary>
public interface IAuditTrail
{
    /// <summary>The entries about the given entities (newest first), e.g. an operator and its premises.</summary>
    Task<PagedList<AuditEntrySummary>> ForEntitiesAsync(IReadOnlyCollection<string> entityIds, PageRequest page, CancellationToken ct);

    /// <summary>Recomputes the whole chain; names the first entry that was altered, inserted or removed.</summary>
    Task<LedgerVerification> VerifyAsync(CancellationToken ct);
}

/// <summary>One ledger entry as other modules see it.</summary>
public sealed record AuditEntrySummary(
    long Sequence, DateTimeOffset OccurredAt, string ActorName, string Action, string EntityType, string EntityId,
    string? Before, string? After, string Hash);

/// <summary>
/// The result of a chain verification. When <see cref="IsIntact"/> is false, <see cref="FirstBrokenSequence"/>
/// is the first entry whose content, link or position does not match, and <see cref="Problem"/> says which.
/// </summary>
public sealed record LedgerVerification(
    bool IsIntact, long EntriesChecked, long? FirstBrokenSequence, string? Problem, string? HeadHash, DateTimeOffset CheckedAt);
