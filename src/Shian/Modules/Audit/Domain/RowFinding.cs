namespace Shian.Modules.Audit.Domain;

/// <summary>
/// One difference between an audited entity's current row and what the ledger says it should be, as the last
/// whole-database row verification found it (the table holds the latest run only).
/// </summary>
internal sealed class RowFinding
{
    public long Id { get; init; }

    public DateTimeOffset FoundAt { get; init; }

    public string EntityType { get; init; } = "";

    public string EntityId { get; init; } = "";

    /// <summary><c>mismatch</c>, <c>not_in_ledger</c>, <c>deleted_but_present</c> or <c>missing_row</c> (see RowCheck).</summary>
    public string Kind { get; init; } = "";

    /// <summary>The properties whose value differs from the ledger (for a mismatch), comma-separated.</summary>
    public string? Fields { get; init; }
}
