using Shian.Shared.Security;

namespace Shian.Modules.Credit;

internal static class CreditPermissions
{
    public const string ReadPolicy = "Credit.Read";
    public const string ManagePolicy = "Credit.Manage";

    public static readonly Permission Read = new(ReadPolicy, [Roles.Administrator, Roles.Leader, Roles.LegalReviewer, Roles.Inspector]);
    public static readonly Permission Manage = new(ManagePolicy, [Roles.Administrator, Roles.LegalReviewer]);

    public static readonly Permission[] All = [Read, Manage];
}
