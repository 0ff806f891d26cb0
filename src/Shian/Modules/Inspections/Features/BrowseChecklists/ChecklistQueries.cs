using Microsoft.EntityFrameworkCore;
using Shian.Modules.Inspections.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Inspections.Features.BrowseChecklists;

/// <summary>The checklist versions, newest first per sector, and one version with its items.</summary>
internal sealed class ChecklistQueries(ShianDbContext db)
{
    public async Task<IReadOnlyList<ChecklistSummary>> ListAsync(CancellationToken ct) =>
        await db.Set<Checklist>().AsNoTracking()
            .OrderBy(c => c.Sector).ThenByDescending(c => c.Version)
            .Select(c => new ChecklistSummary(c.Id, c.Sector, c.Version, c.Title, c.EffectiveFrom, c.Items.Count, c.Source))
            .ToListAsync(ct);

    public async Task<ChecklistView?> GetAsync(Guid id, CancellationToken ct)
    {
        var c = await db.Set<Checklist>().AsNoTracking().Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == id, ct);
        return c is null ? null : View(c);
    }

    public static ChecklistView View(Checklist c) => new(
        c.Id, c.Sector, c.Version, c.Title, c.EffectiveFrom, c.Source, c.CreatedAt, c.CreatedBy,
        [.. c.Items.OrderBy(i => i.Order).Select(i => new ChecklistItemView(i.Id, i.Number, i.Area, i.Text, i.IsKey, i.Points, i.Citation))]);
}
