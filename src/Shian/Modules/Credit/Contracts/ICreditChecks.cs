using Shian.Shared.Kernel.Identifiers;

namespace Shian.Modules.Credit.Contracts;

/// <summary>Credit checks other modules make before granting something (registration, licences).</summary>
public interface ICreditChecks
{
    /// <summary>
    /// The ban in force on <paramref name="on"/> for this ID number, or null. It takes the parsed type, so every
    /// caller matches on the canonical ASCII form (full-width digits or a zero-width space cannot slip past a ban).
    /// </summary>
    Task<BanFinding?> FindBanAsync(ResidentIdNumber idNumber, DateOnly on, CancellationToken ct);

    /// <summary>The serious-violation listing in force on <paramref name="on"/> for this credit code, or null.</summary>
    Task<ListingFinding?> FindSeriousViolationAsync(string creditCode, DateOnly on, CancellationToken ct);
}

/// <summary>A ban that applies, with what the applicant and reviewer may be told.</summary>
public sealed record BanFinding(string PersonName, string Reason, string Decision, DateOnly BannedFrom, DateOnly? BannedUntil);

/// <summary>A serious-violation listing that applies.</summary>
public sealed record ListingFinding(string EntityName, string Reason, string Decision, DateOnly ListedOn);
