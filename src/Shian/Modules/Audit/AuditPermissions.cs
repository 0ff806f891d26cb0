using Shian.Shared.Security;

namespace Shian.Modules.Audit;

internal static class AuditPermissions
{
    /// <summary>Policy names, for <c>[Authorize(Policy = …)]</c>, <c>RequireAuthorization(…)</c> and navigation.</summary>
    public const string VerifyPolicy = "Audit.Verify";
    public const string BrowsePolicy = "Audit.Browse";

    public static readonly Permission Verify = new(VerifyPolicy, [Roles.Administrator, Roles.Leader], "audit:verify");
    public static readonly Permission Browse = new(BrowsePolicy, [Roles.Administrator]);

    public static readonly Permission[] All = [Verify, Browse];
}
