using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Registration.Domain;

/// <summary>
/// An application to register a market entity (市场主体设立登记). It belongs to the town of its address, so that
/// town's district reviewers see it; personal data is kept encrypted next to a masked copy. A public applicant
/// follows it by <see cref="TrackingNumber"/> and a secret only they were shown.
/// </summary>
internal sealed class RegistrationApplication : Entity, IAudited, IJurisdictionScoped
{
    public string TrackingNumber { get; init; } = "";

    /// <summary>The applicant's secret, encrypted (a replayed submission shows it again).</summary>
    [Masked]
    public string SecretCipher { get; init; } = "";

    public RegistrationEntityType EntityType { get; init; }

    public string Name { get; init; } = "";

    /// <summary>The name as compared for clashes: no white space, full-width brackets.</summary>
    public string NormalizedName { get; init; } = "";

    public string LegalRepresentative { get; init; } = "";

    [Masked]
    public string LegalRepresentativeIdCipher { get; init; } = "";

    public string LegalRepresentativeIdMasked { get; init; } = "";

    [Masked]
    public string PhoneCipher { get; init; } = "";

    public string PhoneMasked { get; init; } = "";

    public string Address { get; init; } = "";

    /// <summary>The address's town (9 digits), possibly unknown: that is one of the checks.</summary>
    public string JurisdictionCode { get; init; } = "";

    /// <summary>The registering district (first 6 digits of the town): name clashes and codes are per district.</summary>
    public string DistrictCode { get; init; } = "";

    public string BusinessScope { get; init; } = "";

    public RegistrationStatus Status { get; private set; } = RegistrationStatus.UnderReview;

    /// <summary>Every check the decision evaluated, as JSON, so the decision can always be explained.</summary>
    public string ChecksJson { get; private set; } = "[]";

    public DateTimeOffset SubmittedAt { get; init; }

    public DateOnly DecisionDueOn { get; init; }

    /// <summary>True when filed through the public service (no account), false when staff filed it at a counter.</summary>
    public bool Public { get; init; }

    public Guid? SubmittedBy { get; init; }

    public string SubmittedByName { get; init; } = "";

    /// <summary>"public" or the submitting user's id: idempotency keys are unique within it.</summary>
    public string IdempotencyScope { get; init; } = "";

    public string IdempotencyKey { get; init; } = "";

    /// <summary>SHA-256 of the normalised request: a replayed key with a different body is refused.</summary>
    public string RequestHash { get; init; } = "";

    public DateTimeOffset? DecidedAt { get; private set; }

    public string? DecidedBy { get; private set; }

    public string? DecisionReason { get; private set; }

    public string? CreditCode { get; private set; }

    public Guid? OperatorId { get; private set; }

    public Guid? DocumentId { get; private set; }

    public string? DocumentVerificationCode { get; private set; }

    /// <summary>Bumped by every decision: two reviewers deciding at once cannot both win.</summary>
    public int Version { get; private set; }

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;

    public void Evaluated(bool clean, string checksJson, DateTimeOffset at)
    {
        ChecksJson = checksJson;
        if (clean)
        {
            Status = RegistrationStatus.Approved;
            DecidedAt = at;
            DecidedBy = RegistrationText.Stored("registration.auto_approved");
        }
    }

    public void Approve(string creditCode, Guid operatorId, Guid documentId, string verificationCode, DateTimeOffset at, string? by, string? reason)
    {
        Status = RegistrationStatus.Approved;
        CreditCode = creditCode;
        OperatorId = operatorId;
        DocumentId = documentId;
        DocumentVerificationCode = verificationCode;
        DecidedAt = at;
        DecidedBy = by ?? DecidedBy;
        DecisionReason = reason ?? DecisionReason;
        Version++;
    }

    public void Reject(string reason, DateTimeOffset at, string by)
    {
        Status = RegistrationStatus.Rejected;
        DecisionReason = reason;
        DecidedAt = at;
        DecidedBy = by;
        Version++;
    }

    public static string Normalize(string name)
    {
        var compact = string.Concat(name.Where(c => !char.IsWhiteSpace(c)));
        return compact.Replace('(', '（').Replace(')', '）').ToUpperInvariant();
    }
}
