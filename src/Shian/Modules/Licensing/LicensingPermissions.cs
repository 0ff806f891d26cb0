using Shian.Shared.Security;

namespace Shian.Modules.Licensing;

/// <summary>The module's permissions; the <c>…Policy</c> constants are their policy names for attributes and endpoints.</summary>
internal static class LicensingPermissions
{
    public const string ApplyPolicy = "Licensing.Apply";
    public const string ReadPolicy = "Licensing.Read";
    public const string ChecksPolicy = "Licensing.Checks";
    public const string ReviewPolicy = "Licensing.Review";
    public const string ReviewProductionPolicy = "Licensing.ReviewProduction";
    public const string RevokePolicy = "Licensing.Revoke";

    /// <summary>Submit an application: an enterprise user for its own operator, staff for an operator in scope.</summary>
    public static readonly Permission Apply = new(ApplyPolicy, [Roles.EnterpriseUser, Roles.Inspector, Roles.Administrator], "licensing:apply");

    /// <summary>Read applications and licences: staff within their scope, enterprise users their own operator's.</summary>
    public static readonly Permission Read = new(
        ReadPolicy,
        [Roles.Administrator, Roles.Leader, Roles.Inspector, Roles.LegalReviewer, Roles.EnterpriseUser],
        "licensing:read");

    /// <summary>See the post-approval check tasks of the caller's scope.</summary>
    public static readonly Permission Checks = new(ChecksPolicy, [Roles.Administrator, Roles.Inspector, Roles.LegalReviewer]);

    /// <summary>Decide applications under review, order on-site verification: staff of the premises' scope.</summary>
    public static readonly Permission Review = new(ReviewPolicy, [Roles.Administrator, Roles.Inspector, Roles.LegalReviewer]);

    /// <summary>Record the on-site review and decide an SC production application: staff of the premises' scope.</summary>
    public static readonly Permission ReviewProduction = new(ReviewProductionPolicy, [Roles.Administrator, Roles.Inspector, Roles.LegalReviewer]);

    /// <summary>吊销 a licence by recording the penalty decision: legal reviewers and administrators of the premises' scope.</summary>
    public static readonly Permission Revoke = new(RevokePolicy, [Roles.Administrator, Roles.LegalReviewer]);

    public static readonly Permission[] All = [Apply, Read, Checks, Review, ReviewProduction, Revoke];
}
