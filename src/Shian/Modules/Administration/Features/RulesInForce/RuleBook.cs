using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Features.RulesInForce;

internal sealed class RuleBook(ShianDbContext db) : IRuleBook
{
    public async Task<RuleValue?> FindAsync(string ruleSet, string key, DateOnly on, CancellationToken ct) =>
        (await GetSetAsync(ruleSet, on, ct)).FirstOrDefault(r => r.Key == key);

    public async Task<IReadOnlyList<RuleValue>> GetSetAsync(string ruleSet, DateOnly on, CancellationToken ct) =>
        await db.Set<RuleRow>().AsNoTracking()
            .Where(r => r.RuleSet == ruleSet && r.EffectiveFrom <= on && (r.EffectiveTo == null || on < r.EffectiveTo))
            .OrderBy(r => r.Key)
            .Select(r => new RuleValue(r.RuleSet, r.Key, r.Value, r.Unit, r.EffectiveFrom, r.EffectiveTo, r.Source, r.Article, r.Confidence))
            .ToListAsync(ct);
}
