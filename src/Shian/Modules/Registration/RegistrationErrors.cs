namespace Shian.Modules.Registration;

/// <summary>Stable error codes of the module (ProblemDetails <c>code</c>); each is also its message key in RegistrationText.</summary>
internal static class RegistrationErrors
{
    public const string IdempotencyKeyRequired = "registration.idempotency_key_required";
    public const string InvalidIdNumber = "registration.invalid_id_number";
    public const string ApplicationNotFound = "registration.application_not_found";
    public const string NotUnderReview = "registration.not_under_review";
    public const string TownNotInJurisdiction = "registration.town_not_in_jurisdiction";
    public const string SequenceExhausted = "registration.sequence_exhausted";
    public const string LicenceNotIssued = "registration.licence_not_issued";
    public const string NotApproved = "registration.not_approved";
    public const string AccountExists = "registration.account_exists";
}
