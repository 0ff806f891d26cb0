using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Features.RevokeApiKey;

/// <summary>Revokes an API key at once; the page and the API both call this.</summary>
internal sealed class ApiKeyRevocation(ShianDbContext db, TimeProvider time)
{
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
