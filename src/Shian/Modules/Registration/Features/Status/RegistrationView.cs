using Shian.Modules.Registration.Domain;

namespace Shian.Modules.Registration.Features.Status;

/// <summary>
/// An application as its applicant and its reviewers see it: personal data masked, every evaluated check with
/// its explanation and citation. <see cref="Secret"/> is set only in the answer to the submission itself.
/// </summary>
internal sealed record RegistrationView(
    Guid Id, string TrackingNumber, string EntityType, string Name, string LegalRepresentative,
    string LegalRepresentativeIdNumber, string Phone, string Address, string TownCode, string DistrictCode,
    string BusinessScope, string Status, IReadOnlyList<CheckOutcome> Checks, DateTimeOffset SubmittedAt,
    DateOnly DecisionDueOn, bool Public, string SubmittedBy, DateTimeOffset? DecidedAt, string? DecidedBy,
    string? DecisionReason, string? CreditCode, Guid? OperatorId, Guid? DocumentId, string? VerificationPath,
    string? Secret = null)
{
    public static RegistrationView Of(RegistrationApplication a, string? secret = null) => new(
        a.Id, a.TrackingNumber, a.EntityType.ToString(), a.Name, a.LegalRepresentative, a.LegalRepresentativeIdMasked,
        a.PhoneMasked, a.Address, a.JurisdictionCode, a.DistrictCode, a.BusinessScope, a.Status.ToString(),
        CheckOutcome.Parse(a.ChecksJson), a.SubmittedAt, a.DecisionDueOn, a.Public,
        a.SubmittedByName, a.DecidedAt, a.DecidedBy, a.DecisionReason, a.CreditCode, a.OperatorId, a.DocumentId,
        a.DocumentVerificationCode is null ? null : $"/verify/document/{a.DocumentVerificationCode}", secret);
}
