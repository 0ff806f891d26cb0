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

/// <summary>Only new licences in this slice; change, renewal, replacement and cancellation come later.</summary>
internal enum ApplicationKind
{
    New,
}
