using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Administration.Features.ApiKeys;

/// <summary>Lists, creates and revokes API keys; the page and the API both call this.</summary>
internal sealed class ApiKeyAdmin(
    ShianDbContext db, CurrentUser user, IJurisdictionDirectory jurisdictions, TimeProvider time)
{
    /// <summary>
    /// Every key, newest first; never a secret. Sorted in memory: SQLite cannot order by DateTimeOffset, and a
    /// bureau has tens of keys, not thousands.
    /// </summary>
    public async Task<List<ApiKeyView>> ListAsync(CancellationToken ct) =>
        [.. (await db.Set<ApiKey>().AsNoTracking()
                .Select(k => new ApiKeyView(k.Id, k.Name, k.Prefix, k.Scopes, k.JurisdictionCode, k.OperatorId, k.CreatedAt, k.CreatedBy, k.RevokedAt, k.LastUsedAt))
                .ToListAsync(ct))
            .OrderByDescending(k => k.CreatedAt)];

    /// <summary>Creates a key; the returned <see cref="CreatedApiKey.Key"/> is the only time the secret exists in clear.</summary>
    public async Task<CreatedApiKey> CreateAsync(CreateApiKeyRequest request, CancellationToken ct)
    {
        if (await jurisdictions.FindAsync(request.JurisdictionCode!, ct) is null)
        {
            throw new ShianException("administration.unknown_jurisdiction", $"未知的辖区代码：{request.JurisdictionCode}", 400,
                new Dictionary<string, string[]> { [nameof(request.JurisdictionCode)] = ["未知的辖区代码"] });
        }

        var unknownScopes = request.Scopes!.Except(ApiScopes.All).ToList();
        if (unknownScopes.Count > 0)
        {
            throw new ShianException("administration.unknown_scope", $"未知的权限范围：{string.Join(", ", unknownScopes)}", 400,
                new Dictionary<string, string[]> { [nameof(request.Scopes)] = [$"可用范围：{string.Join(", ", ApiScopes.All)}"] });
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

    /// <summary>Revokes the key at once (idempotent); false if there is no such key.</summary>
    public async Task<bool> RevokeAsync(Guid id, CancellationToken ct)
    {
        var key = await db.Set<ApiKey>().FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null)
        {
            return false;
        }

        key.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return true;
    }
}
