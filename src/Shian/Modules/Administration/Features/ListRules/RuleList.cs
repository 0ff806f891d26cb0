using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Features.ListRules;

/// <summary>Rule rows with their versions and citations; the page and the API both call this.</summary>
internal sealed class RuleList(ShianDbContext db)
{
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
}

internal sealed record RuleView(
    Guid Id, string RuleSet, string Key, string Value, string? Unit, DateOnly EffectiveFrom, DateOnly? EffectiveTo,
    string Source, string? Article, string Confidence, string? Note);
