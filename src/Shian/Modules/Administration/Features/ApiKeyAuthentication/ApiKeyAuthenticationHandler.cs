using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Administration.Features.ApiKeyAuthentication;

/// <summary>
/// Authenticates <c>X-Api-Key</c>. The principal gets the MachineClient role, one claim per scope, and the
/// key's jurisdiction or operator, so the same scope filter as for people applies.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ShianDbContext db,
    TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>Last-used time is recorded at most this often, so a busy client does not write on every call.</summary>
    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(5);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(AuthenticationSchemes.ApiKeyHeader, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = values.ToString();
        var prefix = ApiKeySecret.PrefixOf(presented);
        if (prefix is null)
        {
            return AuthenticateResult.Fail("Malformed API key.");
        }

        var key = await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        if (key is null || key.RevokedAt is not null || !ApiKeySecret.Matches(presented, key.SecretHash))
        {
            return AuthenticateResult.Fail("Unknown or revoked API key.");
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new(ClaimTypes.Name, $"api:{key.Name}"),
            new(ShianClaims.DisplayName, $"API:{key.Name}"),
            new(ClaimTypes.Role, Roles.MachineClient),
            new(ShianClaims.Jurisdiction, key.JurisdictionCode),
        };
        claims.AddRange(key.ScopeList.Select(s => new Claim(ShianClaims.ApiScope, s)));
        if (key.OperatorId is { } operatorId)
        {
            claims.Add(new Claim(ShianClaims.Operator, operatorId.ToString()));
        }

        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));

        // Recorded as the key itself in the ledger: the request's user is the key from here on.
        Context.User = principal;
        var now = time.GetUtcNow();
        if (key.LastUsedAt is null || now - key.LastUsedAt > LastUsedResolution)
        {
            key.LastUsedAt = now;
            await db.SaveChangesAsync(Context.RequestAborted);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }
}
