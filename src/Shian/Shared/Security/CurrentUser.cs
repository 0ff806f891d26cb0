using System.Security.Claims;
using Shian.Shared.Kernel;

namespace Shian.Shared.Security;

/// <summary>
/// The caller of the current request, read from its claims. Outside a request (jobs, seeding, migrations)
/// it is the system, which is unrestricted.
/// </summary>
public sealed class CurrentUser(IHttpContextAccessor accessor) : IDataScope
{
    /// <summary>A prefix no town code has: callers with no usable scope see nothing rather than everything.</summary>
    public const string NothingPrefix = "-";

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public bool IsSystem => accessor.HttpContext is null;

    public Guid? UserId =>
        Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name =>
        IsSystem ? "system" : Principal?.FindFirstValue(ShianClaims.DisplayName) ?? Principal?.Identity?.Name ?? "anonymous";

    public string? JurisdictionCode => Principal?.FindFirstValue(ShianClaims.Jurisdiction);

    public Guid? OperatorId =>
        Guid.TryParse(Principal?.FindFirstValue(ShianClaims.Operator), out var id) ? id : null;

    public bool IsInRole(string role) => Principal?.IsInRole(role) == true;

    public string? TownCodePrefix
    {
        get
        {
            if (IsSystem)
            {
                return null;
            }

            // Anonymous callers (public pages) and enterprise users never see through staff scope; they
            // read through their own explicit queries.
            if (!IsAuthenticated || OperatorId is not null || string.IsNullOrEmpty(JurisdictionCode))
            {
                return NothingPrefix;
            }

            return JurisdictionCodes.IsCity(JurisdictionCode) ? null : JurisdictionCodes.ScopePrefix(JurisdictionCode);
        }
    }
}
