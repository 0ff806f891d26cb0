namespace Shian.Modules.Licensing.Contracts;

/// <summary>What other modules may read about licences; scoped to the caller like every query.</summary>
public interface ILicenceDirectory
{
    /// <summary>The operator's licences (all statuses), newest first: staff in scope, an enterprise user only its own.</summary>
    Task<IReadOnlyList<LicenceSummary>> ForOperatorAsync(Guid operatorId, CancellationToken ct);
}

/// <summary>
/// A licence as other modules see it. <paramref name="Status"/> is <c>Valid</c>, <c>Expired</c>, <c>Revoked</c> or
/// <c>Cancelled</c> as of today; <paramref name="BusinessItems"/> are the stable codes of rule set <c>licensing.items</c>.
/// </summary>
public sealed record LicenceSummary(
    string Number, Guid OperatorId, string PremisesAddress, string JurisdictionCode, int BusinessType,
    IReadOnlyList<string> BusinessItems, DateOnly IssuedOn, DateOnly ValidUntil, string Status, bool ByCommitment,
    bool FlaggedForReview, Guid? DocumentId);
