using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Inspections.Domain;
using Shian.Modules.Inspections.Features.BrowseChecklists;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Inspections.Features.AddChecklistVersion;

/// <summary>Adds the next version of a sector's checklist; past inspections keep the items they were started with.</summary>
internal sealed class AddChecklistVersionHandler(ShianDbContext db, CurrentUser user, TimeProvider time)
{
    public async Task<ChecklistView> HandleAsync(NewChecklistVersionRequest request, CancellationToken ct)
    {
        var sector = request.Sector!.Trim();
        if (!Sectors.IsKnown(sector))
        {
            throw ShianException.Invalid(InspectionsErrors.UnknownSector, "sector");
        }

        var items = request.Items!;
        foreach (var item in items)
        {
            var errors = new List<ValidationResult>();
            if (!Validator.TryValidateObject(item, new ValidationContext(item), errors, true))
            {
                throw ShianException.Invalid(
                    InspectionsErrors.ChecklistInvalid, "items",
                    InspectionsText.Get("ChecklistItemIncomplete", item.Number, Messages.Get(errors[0].ErrorMessage ?? "")));
            }
        }

        if (items.Select(i => i.Number!.Trim()).Distinct().Count() != items.Count)
        {
            throw ShianException.Invalid(InspectionsErrors.ChecklistInvalid, "items", InspectionsText.Get("ChecklistDuplicateNumbers"));
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
        return ChecklistQueries.View(checklist);
    }
}
