namespace Shian.Modules.Licensing.Domain;

/// <summary>Where an application stands. Rejected is set by a reviewer only; nothing is rejected automatically.</summary>
internal enum ApplicationStatus
{
    Submitted,
    Approved,
    UnderReview,
    Rejected,
}

internal enum LicenceStatus
{
    Valid,
    Expired,
    Revoked,
    Cancelled,
}

/// <summary>What an application asks for. Change to cancellation concern an existing licence (<c>TargetLicenceId</c>); Production is a new SC licence.</summary>
internal enum ApplicationKind
{
    New,
    Change,
    Renewal,
    Replacement,
    Cancellation,
    Production,
}
