using Shian.Shared.Security;

namespace Shian.Modules.Administration;

internal static class AdministrationPermissions
{
    public static readonly Permission ManageApiKeys = new("Administration.ApiKeys", [Roles.Administrator]);
    public static readonly Permission ManageCalendar = new("Administration.Calendar", [Roles.Administrator]);
    public static readonly Permission ManageRules = new("Administration.Rules", [Roles.Administrator]);
    public static readonly Permission ManageJobs = new("Administration.Jobs", [Roles.Administrator]);
    public static readonly Permission ReadReference = new("Administration.Reference", [.. Roles.Staff]);

    public static readonly Permission[] All = [ManageApiKeys, ManageCalendar, ManageRules, ManageJobs, ReadReference];
}
