using Microsoft.AspNetCore.Authorization;

namespace Shian.Shared.Security;

/// <summary>
/// A named permission: which roles hold it, and which API-key scope grants it to a machine client.
/// Modules declare theirs in <c>&lt;Module&gt;Permissions</c>; endpoints and pages require them by name.
/// </summary>
public sealed record Permission(string Name, string[] Roles, string? ApiScope = null)
{
    public void Register(AuthorizationOptions options) =>
        options.AddPolicy(Name, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context =>
                Roles.Any(context.User.IsInRole) ||
                (ApiScope is not null && context.User.IsInRole(Security.Roles.MachineClient) &&
                 context.User.HasClaim(ShianClaims.ApiScope, ApiScope))));
}
