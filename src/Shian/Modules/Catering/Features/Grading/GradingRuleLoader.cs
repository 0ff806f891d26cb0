using Shian.Modules.Administration.Contracts;
using Shian.Modules.Catering.Domain;
using Shian.Shared.Kernel;

namespace Shian.Modules.Catering.Features.Grading;

/// <summary>Reads the <c>catering.*</c> rule rows in force on a day into <see cref="GradingRules"/>.</summary>
internal sealed class GradingRuleLoader(IRuleBook rules)
{
    public async Task<GradingRules> LoadAsync(DateOnly on, CancellationToken ct)
    {
        var dynamic = await rules.GetSetAsync("catering.dynamic_bands", on, ct);
        var annual = await rules.GetSetAsync("catering.annual_bands", on, ct);
        var windows = await rules.GetSetAsync("catering.windows", on, ct);
        var all = dynamic.Concat(annual).Concat(windows).ToList();

        RuleValue Require(string set, string key) =>
            all.FirstOrDefault(r => r.RuleSet == set && r.Key == key)
            ?? throw new ShianException(CateringErrors.RulesMissing, $"餐饮量化分级规则 {set}/{key} 在 {on:yyyy-MM-dd} 无有效版本，请管理员补充规则。", 500);

        var citations = all.Select(r => r.Citation).Distinct().Take(3);
        return new GradingRules(
            Require("catering.dynamic_bands", "excellent_min").AsDecimal(),
            Require("catering.dynamic_bands", "good_min").AsDecimal(),
            Require("catering.dynamic_bands", "fair_min").AsDecimal(),
            Require("catering.dynamic_bands", "key_items_failed_no_grade").AsInt(),
            Require("catering.annual_bands", "a_min").AsDecimal(),
            Require("catering.annual_bands", "b_min").AsDecimal(),
            Require("catering.annual_bands", "c_min").AsDecimal(),
            Require("catering.annual_bands", "window_months").AsInt(),
            Require("catering.annual_bands", "min_activity_months").AsInt(),
            Require("catering.windows", "new_licence_pending_months").AsInt(),
            Require("catering.windows", "incident_no_rating_months").AsInt(),
            Require("catering.windows", "penalty_no_rating_months").AsInt(),
            [.. Require("catering.windows", "penalty_kinds").Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            string.Join("；", citations));
    }
}
