namespace Shian.Modules.Audit.Domain;

/// <summary>
/// One link of the ledger. <see cref="Hash"/> = SHA-256(previous hash + canonical form of this entry), so any
/// change to a stored entry, or its removal, breaks the chain at that entry.
/// </summary>
internal sealed class AuditEntry
{
    public long Sequence { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public Guid? ActorId { get; init; }

    public string ActorName { get; init; } = "";

    public AuditAction Action { get; init; }

    public string EntityType { get; init; } = "";

    public string EntityId { get; init; } = "";

    /// <summary>Canonical JSON of the changed values before the change (null for an insert); personal data masked.</summary>
    public string? Before { get; init; }

    /// <summary>Canonical JSON of the values after the change (null for a delete); personal data masked.</summary>
    public string? After { get; init; }

    public string PreviousHash { get; init; } = "";

    public string Hash { get; init; } = "";
}

internal enum AuditAction
{
    Insert,
    Update,
    Delete,
}
