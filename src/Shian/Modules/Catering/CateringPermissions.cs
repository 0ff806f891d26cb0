using Shian.Shared.Security;

namespace Shian.Modules.Catering;

internal static class CateringPermissions
{
    public const string ReadPolicy = "Catering.Read";

    /// <summary>An operator's catering grades, history and door sticker: staff within scope, an enterprise its own.</summary>
    public static readonly Permission Read = new(
        ReadPolicy,
        [Roles.Administrator, Roles.Leader, Roles.Inspector, Roles.LegalReviewer, Roles.Coordinator, Roles.EnterpriseUser],
        "catering:read");

    public static readonly Permission[] All = [Read];
}
