using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Administration.Features.CreateApiKey;

/// <summary>Creates API keys; the page and the API both call this.</summary>
internal sealed class ApiKeyCreation(
    ShianDbContext db, CurrentUser user, IJurisdictionDirectory jurisdictions, TimeProvider time, ApiScopes scopes)
{
    /// <summary>Creates a key; the returned <see cref="CreatedApiKey.Key"/> is the only time the secret exists in clear.</summary>
    public async Task<CreatedApiKey> CreateAsync(CreateApiKeyRequest request, CancellationToken ct)
    {
        if (await jurisdictions.FindAsync(request.JurisdictionCode!, ct) is null)
        {
            throw ShianException.Invalid(AdministrationErrors.UnknownJurisdiction, nameof(request.JurisdictionCode), request.JurisdictionCode);
        }

        var unknownScopes = request.Scopes!.Except(scopes.All).ToList();
        if (unknownScopes.Count > 0)
        {
            throw ShianException.Invalid(AdministrationErrors.UnknownScope, nameof(request.Scopes), string.Join(", ", unknownScopes), string.Join(", ", scopes.All));
        }

        var (secret, prefix, hash) = ApiKeySecret.Create();
        var key = new ApiKey
        {
            Name = request.Name!.Trim(),
            Prefix = prefix,
            SecretHash = hash,
            Scopes = string.Join(' ', request.Scopes!.Distinct()),
            JurisdictionCode = request.JurisdictionCode!,
            OperatorId = request.OperatorId,
            CreatedAt = time.GetUtcNow(),
            CreatedBy = user.Name,
        };
        db.Add(key);
        await db.SaveChangesAsync(ct);
        return new CreatedApiKey(key.Id, key.Name, secret, key.Scopes);
    }
}
