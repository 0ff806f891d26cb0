using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Domain;
using Shian.Modules.Administration.Features.ListRules;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Features.AddRuleVersion;

/// <summary>Adds new versions of rule rows; the page and the API both call this.</summary>
internal sealed class RuleVersions(ShianDbContext db)
{
    /// <summary>
    /// Adds a version that starts on <see cref="AddRuleVersionRequest.EffectiveFrom"/> and closes the one in force
    /// until then. A start date on or before an existing version's is a conflict (409).
    /// </summary>
    public async Task<RuleView> AddVersionAsync(AddRuleVersionRequest request, CancellationToken ct)
    {
        var from = request.EffectiveFrom!.Value;
        var versions = await db.Set<RuleRow>().Where(r => r.RuleSet == request.RuleSet && r.Key == request.Key).ToListAsync(ct);
        if (versions.Any(v => v.EffectiveFrom >= from))
        {
            throw ShianException.Conflict(AdministrationErrors.RuleVersionNotLatest);
        }

        foreach (var open in versions.Where(v => v.EffectiveTo is null || v.EffectiveTo > from))
        {
            open.EffectiveTo = from;
        }

        var row = new RuleRow
        {
            RuleSet = request.RuleSet!,
            Key = request.Key!,
            Value = request.Value!,
            Unit = request.Unit,
            EffectiveFrom = from,
            Source = request.Source!,
            Article = request.Article,
            Confidence = request.Confidence ?? "sourced",
            Note = request.Note,
        };
        db.Add(row);
        await db.SaveChangesAsync(ct);
        return new RuleView(row.Id, row.RuleSet, row.Key, row.Value, row.Unit, row.EffectiveFrom, row.EffectiveTo, row.Source, row.Article, row.Confidence, row.Note);
    }
}
