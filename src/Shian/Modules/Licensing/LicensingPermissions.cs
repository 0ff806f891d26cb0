using Shian.Shared.Security;

namespace Shian.Modules.Licensing;

internal static partial class LicensingPermissions
{
    /// <summary>Submit an application: an enterprise user for its own operator, staff for an operator in scope.</summary>
    public static readonly Permission Apply = new(
        "Licensing.Apply", [Roles.EnterpriseUser, Roles.Inspector, Roles.Administrator], "licensing:apply");

    /// <summary>Read applications and licences: staff within their scope, enterprise users their own operator's.</summary>
    public static readonly Permission Read = new(
        "Licensing.Read",
        [Roles.Administrator, Roles.Leader, Roles.Inspector, Roles.LegalReviewer, Roles.EnterpriseUser],
        "licensing:read");

    /// <summary>See the post-approval check tasks of the caller's scope.</summary>
    public static readonly Permission Checks = new("Licensing.Checks", [Roles.Administrator, Roles.Inspector, Roles.LegalReviewer]);

    /// <summary>Decide applications under review, order on-site verification: staff of the premises' scope.</summary>
    public static readonly Permission Review = new("Licensing.Review", [Roles.Administrator, Roles.Inspector, Roles.LegalReviewer]);

    public static readonly Permission[] All = [Apply, Read, Checks, Review];
}
