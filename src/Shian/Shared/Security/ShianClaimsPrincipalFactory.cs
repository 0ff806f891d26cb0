using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Shian.Shared.Security;

/// <summary>Puts the scope and operator into the sign-in cookie, so that no request needs a user lookup.</summary>
internal sealed class ShianClaimsPrincipalFactory(
    UserManager<ShianUser> userManager,
    RoleManager<ShianRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ShianUser, ShianRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ShianUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ShianClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(ShianClaims.Jurisdiction, user.JurisdictionCode));
        if (user.OperatorId is { } operatorId)
        {
            identity.AddClaim(new Claim(ShianClaims.Operator, operatorId.ToString()));
        }

        return identity;
    }
}
