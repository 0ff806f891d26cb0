using Shian.Shared.Security;

namespace Shian.Modules.Administration;

internal static class AdministrationPermissions
{
    /// <summary>Policy names, for <c>[Authorize(Policy = …)]</c>, <c>RequireAuthorization(…)</c> and navigation.</summary>
    public const string ApiKeysPolicy = "Administration.ApiKeys";
    public const string CalendarPolicy = "Administration.Calendar";
    public const string RulesPolicy = "Administration.Rules";
    public const string JobsPolicy = "Administration.Jobs";
    public const string ReferencePolicy = "Administration.Reference";

    public static readonly Permission ManageApiKeys = new(ApiKeysPolicy, [Roles.Administrator]);
    public static readonly Permission ManageCalendar = new(CalendarPolicy, [Roles.Administrator]);
    public static readonly Permission ManageRules = new(RulesPolicy, [Roles.Administrator]);
    public static readonly Permission ManageJobs = new(JobsPolicy, [Roles.Administrator]);
    public static readonly Permission ReadReference = new(ReferencePolicy, [.. Roles.Staff]);

    public static readonly Permission[] All = [ManageApiKeys, ManageCalendar, ManageRules, ManageJobs, ReadReference];
}
