namespace Shian.Modules.Operators.Contracts;

/// <summary>What other modules may read about operators; scoped to the caller like every query.</summary>
public interface IOperatorDirectory
{
    Task<OperatorSummary?> FindAsync(Guid operatorId, CancellationToken ct);

    Task<OperatorSummary?> FindByCreditCodeAsync(string creditCode, CancellationToken ct);

    /// <summary>
    /// Operators registered under exactly this name (trimmed; full- and half-width brackets alike) whose town
    /// starts with <paramref name="jurisdictionPrefix"/> (a 6-digit district). Not scoped: names and codes are
    /// public register data, and a name check must see the whole district whoever asks (Registration).
    /// </summary>
    Task<IReadOnlyList<OperatorNameMatch>> FindByNameAsync(string name, string jurisdictionPrefix, CancellationToken ct);
}

/// <summary>An operator holding a name: only what the public register shows.</summary>
public sealed record OperatorNameMatch(Guid Id, string Name, string CreditCode, string JurisdictionCode);

/// <summary>An operator as other modules see it; categories are stable codes (e.g. <c>catering</c>).</summary>
public sealed record OperatorSummary(
    Guid Id, string CreditCode, string Name, string EntityType, string LegalRepresentative, string RegisteredAddress,
    string JurisdictionCode, IReadOnlyList<string> Categories, string Status);
