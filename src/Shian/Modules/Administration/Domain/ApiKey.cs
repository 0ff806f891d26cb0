using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Domain;

/// <summary>
/// A machine client's credential. The secret is shown once at creation; only its SHA-256 is stored. The
/// public prefix finds the row without scanning; scopes name the permissions it grants.
/// </summary>
internal sealed class ApiKey : Entity, IAudited
{
    public string Name { get; init; } = "";

    public string Prefix { get; init; } = "";

    [Masked]
    public string SecretHash { get; init; } = "";

    /// <summary>Space-separated API scopes, e.g. <c>operators:read operators:write</c>.</summary>
    public string Scopes { get; init; } = "";

    /// <summary>The data scope of the client, like a staff member's.</summary>
    public string JurisdictionCode { get; init; } = "";

    /// <summary>For an enterprise's ERP: the operator it acts for.</summary>
    public Guid? OperatorId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = "";

    public DateTimeOffset? RevokedAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public void Revoke(DateTimeOffset at) => RevokedAt ??= at;
}
