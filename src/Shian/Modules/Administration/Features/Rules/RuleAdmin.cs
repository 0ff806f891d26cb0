using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Features.Rules;

/// <summary>Lists rule rows and adds new versions of them; the page and the API both call this.</summary>
internal sealed class RuleAdmin(ShianDbContext db)
{
    public const string NotLatest = "administration.rule_version_not_latest";

    public Task<List<RuleView>> ListAsync(string? ruleSet, CancellationToken ct)
    {
        var query = db.Set<RuleRow>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(ruleSet))
        {
            query = query.Where(r => r.RuleSet == ruleSet);
        }

        return query.OrderBy(r => r.RuleSet).ThenBy(r => r.Key).ThenBy(r => r.EffectiveFrom)
            .Select(r => new RuleView(r.Id, r.RuleSet, r.Key, r.Value, r.Unit, r.EffectiveFrom, r.EffectiveTo, r.Source, r.Article, r.Confidence, r.Note))
            .ToListAsync(ct);
    }

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
            throw ShianException.Conflict(NotLatest, "已有同日或更晚生效的版本；新版本的生效日期必须晚于现有所有版本。");
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
