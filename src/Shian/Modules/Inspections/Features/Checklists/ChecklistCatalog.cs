using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Inspections.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Inspections.Features.Checklists;

/// <summary>The checklist versions: which one is in force on a day, and adding a new one.</summary>
internal sealed class ChecklistCatalog(ShianDbContext db, CurrentUser user, TimeProvider time)
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

    /// <summary>The version in force on <paramref name="on"/>: the latest effective date not after it, then the highest version.</summary>
    public Task<Checklist?> InForceAsync(string sector, DateOnly on, CancellationToken ct) =>
        db.Set<Checklist>().AsNoTracking().Include(c => c.Items)
            .Where(c => c.Sector == sector && c.EffectiveFrom <= on)
            .OrderByDescending(c => c.EffectiveFrom).ThenByDescending(c => c.Version)
            .FirstOrDefaultAsync(ct);

    public async Task<ChecklistView?> CurrentAsync(string sector, CancellationToken ct) =>
        await InForceAsync(sector, time.ChinaToday(), ct) is { } c ? View(c) : null;

    public async Task<ChecklistView> AddVersionAsync(NewChecklistVersionRequest request, CancellationToken ct)
    {
        var sector = request.Sector!.Trim();
        if (!Sectors.Names.ContainsKey(sector))
        {
            throw Invalid(InspectionsErrors.UnknownSector, "sector", "行业应为 production、sales 或 catering。");
        }

        var items = request.Items!;
        foreach (var item in items)
        {
            var errors = new List<ValidationResult>();
            if (!Validator.TryValidateObject(item, new ValidationContext(item), errors, true))
            {
                throw Invalid(InspectionsErrors.ChecklistInvalid, "items", $"检查项目 {item.Number} 填写不完整：{errors[0].ErrorMessage}");
            }
        }

        if (items.Select(i => i.Number!.Trim()).Distinct().Count() != items.Count)
        {
            throw Invalid(InspectionsErrors.ChecklistInvalid, "items", "检查项目编号不能重复。");
        }

        var last = await db.Set<Checklist>().Where(c => c.Sector == sector).MaxAsync(c => (int?)c.Version, ct) ?? 0;
        var checklist = new Checklist
        {
            Sector = sector,
            Version = last + 1,
            Title = request.Title!.Trim(),
            EffectiveFrom = request.EffectiveFrom!.Value,
            Source = request.Source!.Trim(),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = user.Name,
        };
        checklist.Items.AddRange(items.Select((i, index) => new ChecklistItem
        {
            ChecklistId = checklist.Id,
            Number = i.Number!.Trim(),
            Order = index + 1,
            Area = i.Area!.Trim(),
            Text = i.Text!.Trim(),
            IsKey = i.IsKey,
            Points = i.Points,
            Citation = i.Citation!.Trim(),
        }));
        db.Add(checklist);
        await db.SaveChangesAsync(ct);
        return View(checklist);
    }


    private static ChecklistView View(Checklist c) => new(
        c.Id, c.Sector, c.Version, c.Title, c.EffectiveFrom, c.Source, c.CreatedAt, c.CreatedBy,
        [.. c.Items.OrderBy(i => i.Order).Select(i => new ChecklistItemView(i.Id, i.Number, i.Area, i.Text, i.IsKey, i.Points, i.Citation))]);

    internal static ShianException Invalid(string code, string field, string message) =>
        new(code, message, 400, new Dictionary<string, string[]> { [field] = [message] });
}
