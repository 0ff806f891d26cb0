using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Features.Jurisdictions;

/// <summary>Singleton cache over the jurisdiction table (82 rows for Jiangmen); reads open their own scope.</summary>
internal sealed class JurisdictionDirectory(IServiceScopeFactory scopes) : IJurisdictionDirectory
{
    private volatile Dictionary<string, JurisdictionInfo>? _byCode;
    private volatile IReadOnlyList<JurisdictionInfo>? _ordered;

    public async Task<IReadOnlyList<JurisdictionInfo>> AllAsync(CancellationToken ct)
    {
        await EnsureLoadedAsync(ct);
        return _ordered!;
    }

    public async Task<JurisdictionInfo?> FindAsync(string code, CancellationToken ct)
    {
        await EnsureLoadedAsync(ct);
        return _byCode!.GetValueOrDefault(code);
    }

    public async Task<string> DisplayNameAsync(string code, CancellationToken ct)
    {
        var j = await FindAsync(code, ct);
        if (j is null)
        {
            return code;
        }

        var parent = j.Level == JurisdictionLevels.Town && j.ParentCode is not null ? _byCode!.GetValueOrDefault(j.ParentCode) : null;
        return parent is null ? j.Name : $"{parent.Name} {j.Name}";
    }

    public void Invalidate()
    {
        _byCode = null;
        _ordered = null;
    }

    private async Task EnsureLoadedAsync(CancellationToken ct)
    {
        if (_byCode is not null)
        {
            return;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        var rows = await db.Set<Jurisdiction>().AsNoTracking().OrderBy(j => j.SortOrder).ToListAsync(ct);
        var list = rows.Select(j => new JurisdictionInfo(j.Code, j.Name, j.Level.ToString(), j.ParentCode, j.Population)).ToList();
        _ordered = list;
        _byCode = list.ToDictionary(j => j.Code);
    }
}
