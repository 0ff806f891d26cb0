using Shian.Modules.Administration.Contracts;
using Shian.Modules.RiskGrading.Domain;
using Shian.Shared.Kernel;

namespace Shian.Modules.RiskGrading.Features.Grading;

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
            var values = await rules.GetSetAsync(set, on, ct);
            if (values.Count == 0)
            {
                throw new ShianException(RiskGradingErrors.RulesMissing, $"风险分级规则 {set} 在 {on:yyyy-MM-dd} 无有效版本，请管理员补充规则。", 500);
            }

            rows.AddRange(values);
        }

        return _cache[on] = new RiskModel(rows);
    }
}
