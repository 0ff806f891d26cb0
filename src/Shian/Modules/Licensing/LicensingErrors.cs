namespace Shian.Modules.Licensing;

/// <summary>Stable error codes of the module (ProblemDetails <c>code</c>).</summary>
internal static partial class LicensingErrors
{
    public const string OperatorNotFound = "licensing.operator_not_found";
    public const string NotYourOperator = "licensing.not_your_operator";
    public const string IdempotencyKeyRequired = "licensing.idempotency_key_required";
    public const string UnknownBusinessType = "licensing.unknown_business_type";
    public const string UnknownItem = "licensing.unknown_business_item";
    public const string UnknownTown = "licensing.unknown_town";
    public const string ApplicationNotFound = "licensing.application_not_found";
    public const string LicenceNotFound = "licensing.licence_not_found";
    public const string SequenceExhausted = "licensing.sequence_exhausted";
    public const string RulesMissing = "licensing.rules_missing";
    public const string UnknownMaterial = "licensing.unknown_material";
    public const string MaterialNotFound = "licensing.material_not_found";
    public const string MaterialFileRequired = "licensing.material_file_required";
    public const string NotUnderReview = "licensing.not_under_review";
    public const string ApprovalBarred = "licensing.approval_barred";
    public const string SiteVerificationOpen = "licensing.site_verification_open";
    public const string SiteVerificationNotFound = "licensing.site_verification_not_found";
    public const string ReasonRequired = "licensing.reason_required";
    public const string CheckNotFound = "licensing.check_not_found";
    public const string AlreadyRecorded = "licensing.already_recorded";
    public const string NotesRequired = "licensing.notes_required";
}
