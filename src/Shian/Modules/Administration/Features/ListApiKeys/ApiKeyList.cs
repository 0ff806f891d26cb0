using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Features.ListApiKeys;

/// <summary>The API keys, never their secrets; the page and the API both call this.</summary>
internal sealed class ApiKeyList(ShianDbContext db)
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
}

internal sealed record ApiKeyView(
    Guid Id, string Name, string Prefix, string Scopes, string JurisdictionCode, Guid? OperatorId,
    DateTimeOffset CreatedAt, string CreatedBy, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt);
