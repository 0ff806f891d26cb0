using Shian.Shared.Security;

namespace Shian.Modules.Credit;

internal static class CreditPermissions
{
    public static readonly Permission Read = new("Credit.Read", [Roles.Administrator, Roles.Leader, Roles.LegalReviewer, Roles.Inspector]);
    public static readonly Permission Manage = new("Credit.Manage", [Roles.Administrator, Roles.LegalReviewer]);

    public static readonly Permission[] All = [Read, Manage];
}
