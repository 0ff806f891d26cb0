using Shian.Shared.Security;

namespace Shian.Modules.Registration;

internal static class RegistrationPermissions
{
    public const string ApplyPolicy = "Registration.Apply";
    public const string ReadPolicy = "Registration.Read";
    public const string ReviewPolicy = "Registration.Review";

    /// <summary>
    /// File an application at a registration counter (窗口代办) for a town in the caller's scope. Citizens and
    /// enterprise accounts use the public service instead (anonymous by design).
    /// </summary>
    public static readonly Permission Apply = new(ApplyPolicy, [Roles.Inspector, Roles.Administrator], "registration:apply");

    /// <summary>Read applications of the caller's scope.</summary>
    public static readonly Permission Read = new(
        ReadPolicy, [Roles.Administrator, Roles.Leader, Roles.Inspector, Roles.LegalReviewer], "registration:read");

    /// <summary>Work the reviewer queue: approve or reject applications of the caller's scope.</summary>
    public static readonly Permission Review = new(ReviewPolicy, [Roles.Administrator, Roles.Inspector, Roles.LegalReviewer]);

    public static readonly Permission[] All = [Apply, Read, Review];
}
