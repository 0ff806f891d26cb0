using Shian.Shared.Security;

namespace Shian.Modules.Audit;

internal static class AuditPermissions
{
    public static readonly Permission Verify = new("Audit.Verify", [Roles.Administrator, Roles.Leader], "audit:verify");
    public static readonly Permission Browse = new("Audit.Browse", [Roles.Administrator]);

    public static readonly Permission[] All = [Verify, Browse];
}
