namespace Shian.Modules.Licensing;

/// <summary>
/// Stable error codes of the module (ProblemDetails <c>code</c>); each is also the key of its message in
/// <see cref="LicensingText"/>. A code whose refusal has several wordings has the message <c>{0}</c> and is thrown
/// with the wording's own message key as its argument (e.g. <see cref="LicenceStateForbids"/>).
/// </summary>
internal static class LicensingErrors
{
    public const string OperatorNotFound = "licensing.operator_not_found";

    /// <summary>Staff applied without naming the operator (or with a malformed operator id).</summary>
    public const string OperatorRequired = "licensing.operator_required";
    public const string NotYourOperator = "licensing.not_your_operator";

    /// <summary>The signed-in principal has no user id (cannot be recorded as submitter, reviewer or uploader).</summary>
    public const string UserUnknown = "licensing.user_unknown";
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

    // The lifecycle: change, renewal, replacement, cancellation, filing, SC, revocation.
    public const string NotYourLicence = "licensing.not_your_licence";
    public const string LicenceStateForbids = "licensing.licence_state_forbids";
    public const string ApplicationPending = "licensing.application_pending";
    public const string PremisesChangeNeedsNewLicence = "licensing.premises_change_needs_new_licence";
    public const string NothingToChange = "licensing.nothing_to_change";
    public const string OutsideRenewalWindow = "licensing.outside_renewal_window";
    public const string FilingNotApplicable = "licensing.filing_not_applicable";
    public const string FilingExists = "licensing.filing_exists";
    public const string FilingNotFound = "licensing.filing_not_found";
    public const string UnknownFoodCategory = "licensing.unknown_food_category";

    /// <summary>吊销 of a licence that is no longer valid (already revoked under another decision, cancelled, expired).</summary>
    public const string LicenceNotRevocable = "licensing.licence_not_revocable";

    /// <summary>An SC application decided through the generic review instead of the on-site review decision.</summary>
    public const string ProductionNeedsSiteReview = "licensing.production_needs_site_review";
}
