namespace Shian.Modules.Operators.Contracts;

/// <summary>
/// An operator's places of business (经营场所) as other modules see them, e.g. to inspect one: the premises'
/// town is the jurisdiction of everything done there. Scoped to the caller like every query.
/// </summary>
public interface IPremisesDirectory
{
    Task<PremisesSummary?> FindAsync(Guid operatorId, Guid premisesId, CancellationToken ct);

    Task<IReadOnlyList<PremisesSummary>> ListAsync(Guid operatorId, CancellationToken ct);
}

/// <summary>A place of business; <paramref name="Categories"/> are category codes (e.g. <c>catering</c>).</summary>
public sealed record PremisesSummary(
    Guid Id, Guid OperatorId, string? Name, string Address, string JurisdictionCode, IReadOnlyList<string> Categories);
