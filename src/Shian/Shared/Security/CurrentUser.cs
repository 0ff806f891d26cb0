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

    private string? _publicServiceActor;

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    /// <summary>Outside a request, or inside <see cref="ActForPublicService"/>: unrestricted by scope.</summary>
    public bool IsSystem => accessor.HttpContext is null || _publicServiceActor is not null;

    public Guid? UserId =>
        Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name =>
        accessor.HttpContext is null ? "system"
        : Principal?.FindFirstValue(ShianClaims.DisplayName) ?? (IsAuthenticated ? Principal?.Identity?.Name : null)
          ?? _publicServiceActor ?? "anonymous";

    public string? JurisdictionCode => Principal?.FindFirstValue(ShianClaims.Jurisdiction);

    public Guid? OperatorId =>
        _publicServiceActor is null && Guid.TryParse(Principal?.FindFirstValue(ShianClaims.Operator), out var id) ? id : null;

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

    /// <summary>
    /// Lets a public service (a citizen registering a business online) write and read the scoped records its own
    /// rules decided on, as the system would, for the rest of this request's unit of work or until disposed. The
    /// audit ledger still names the caller (<paramref name="actorName"/> when anonymous). Only for endpoints that
    /// are anonymous by design, rate-limited and validate their own input; never to widen a staff member's scope.
    /// </summary>
    public IDisposable ActForPublicService(string actorName)
    {
        var previous = _publicServiceActor;
        _publicServiceActor = actorName;
        return new Restore(() => _publicServiceActor = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
