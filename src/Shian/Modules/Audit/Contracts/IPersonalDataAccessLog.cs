namespace Shian.Modules.Audit.Contracts;

/// <summary>Records, in the ledger, that someone read personal data in clear, and why.</summary>
public interface IPersonalDataAccessLog
{
    Task RecordAsync(string entityType, string entityId, string fields, string purpose, CancellationToken ct);
}
