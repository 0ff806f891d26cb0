using Shian.Modules.Administration.Contracts;
using Shian.Modules.RiskGrading.Domain;

namespace Shian.Modules.RiskGrading.Features.Regrade;

/// <summary>Reads the rule rows in force on a date into a <see cref="RiskModel"/>, once per scope and date.</summary>
internal sealed class RiskModelLoader(IRuleBook rules)
{
    private readonly Dictionary<DateOnly, RiskModel> _cache = [];

    public async Task<RiskModel> LoadAsync(DateOnly on, CancellationToken ct)
    {
        if (_cache.TryGetValue(on, out var cached))
        {
            return cached;
        }

        var rows = new List<RuleValue>();
        foreach (var set in RiskModel.RuleSets)
        {
            rows.AddRange(await rules.RequireSetAsync(set, on, ct));
        }

        return _cache[on] = new RiskModel(rows);
    }
}
