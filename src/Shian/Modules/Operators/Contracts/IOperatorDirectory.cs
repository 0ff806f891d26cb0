namespace Shian.Modules.Operators.Contracts;

/// <summary>What other modules may read about operators; scoped to the caller like every query.</summary>
public interface IOperatorDirectory
{
    Task<OperatorSummary?> FindAsync(Guid operatorId, CancellationToken ct);

    Task<OperatorSummary?> FindByCreditCodeAsync(string creditCode, CancellationToken ct);
}

/// <summary>An operator as other modules see it; categories are stable codes (e.g. <c>catering</c>).</summary>
public sealed record OperatorSummary(
    Guid Id, string CreditCode, string Name, string EntityType, string LegalRepresentative, string RegisteredAddress,
    string JurisdictionCode, IReadOnlyList<string> Categories, string Status);
