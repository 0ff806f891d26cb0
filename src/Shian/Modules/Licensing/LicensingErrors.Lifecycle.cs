namespace Shian.Modules.Licensing;

/// <summary>Error codes of the lifecycle half (change, renewal, replacement, cancellation, filing, SC, expiry).</summary>
internal static partial class LicensingErrors
{
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
    public const string ProductionNotUnderReview = "licensing.not_under_review";

    /// <summary>吊销 of a licence that is no longer valid (already revoked under another decision, cancelled, expired).</summary>
    public const string LicenceNotRevocable = "licensing.licence_not_revocable";

    /// <summary>An SC application decided through the generic review instead of the on-site review decision.</summary>
    public const string ProductionNeedsSiteReview = "licensing.production_needs_site_review";
}
