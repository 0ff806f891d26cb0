using Shian.Shared.Security;

namespace Shian.Modules.Licensing;

/// <summary>Permissions of the lifecycle half; registered by <see cref="LicensingLifecycle"/>.</summary>
internal static partial class LicensingPermissions
{
    /// <summary>Record the on-site review and decide an SC production application: staff of the premises' scope.</summary>
    public static readonly Permission ReviewProduction = new(
        "Licensing.ReviewProduction", [Roles.Administrator, Roles.Inspector, Roles.LegalReviewer]);

    /// <summary>吊销 a licence by recording the penalty decision: legal reviewers and administrators of the premises' scope.</summary>
    public static readonly Permission Revoke = new("Licensing.Revoke", [Roles.Administrator, Roles.LegalReviewer]);

    public static readonly Permission[] Lifecycle = [ReviewProduction, Revoke];
}
