namespace Shian.Shared.Persistence;

/// <summary>
/// Runs inside the save's transaction, before the rows are written. Lower <see cref="Order"/> runs first:
/// checks (scope) first, then anything that adds rows, and the audit ledger last so it records everything.
/// </summary>
public interface ISaveChangesHook
{
    int Order { get; }

    Task BeforeSaveAsync(ShianDbContext db, CancellationToken ct);
}
