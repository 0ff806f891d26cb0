using Shian.Modules.Administration.Contracts;
using Shian.Modules.Catering.Domain;

namespace Shian.Modules.Catering.Features.Grading;

/// <summary>Reads the <c>catering.*</c> rule rows in force on a day into <see cref="GradingRules"/>.</summary>
internal sealed class GradingRuleLoader(IRuleBook rules)
{
    public async Task<GradingRules> LoadAsync(DateOnly on, CancellationToken ct)
    {
        var dynamic = await rules.RequireSetAsync(CateringRules.DynamicBands, on, ct);
        var annual = await rules.RequireSetAsync(CateringRules.AnnualBands, on, ct);
        var windows = await rules.RequireSetAsync(CateringRules.Windows, on, ct);
        var all = dynamic.Concat(annual).Concat(windows).ToList();

        // A key missing from a set in force fails like any missing rule (RequireAsync throws for it).
        async Task<RuleValue> Require(string set, string key) =>
            all.FirstOrDefault(r => r.RuleSet == set && r.Key == key) ?? await rules.RequireAsync(set, key, on, ct);

        // Cite what fixes the values first (Guangdong's own rule, the national guidance); borrowed values last, as
        // the local configuration they are (cn_rules.md §3.1 display rule).
        var citations = all.OrderBy(r => RuleConfidence.Of(r.Confidence) == RuleConfidenceKind.Sourced ? 0 : 1)
            .Select(r => r.Citation).Distinct().Take(3);
        return new GradingRules(
            (await Require(CateringRules.DynamicBands, "excellent_min")).AsDecimal(),
            (await Require(CateringRules.DynamicBands, "good_min")).AsDecimal(),
            (await Require(CateringRules.DynamicBands, "fair_min")).AsDecimal(),
            (await Require(CateringRules.DynamicBands, "key_items_failed_no_grade")).AsInt(),
            (await Require(CateringRules.AnnualBands, "a_min")).AsDecimal(),
            (await Require(CateringRules.AnnualBands, "b_min")).AsDecimal(),
            (await Require(CateringRules.AnnualBands, "c_min")).AsDecimal(),
            (await Require(CateringRules.AnnualBands, "window_months")).AsInt(),
            (await Require(CateringRules.AnnualBands, "min_activity_months")).AsInt(),
            (await Require(CateringRules.Windows, "new_licence_pending_months")).AsInt(),
            (await Require(CateringRules.Windows, "incident_no_rating_months")).AsInt(),
            (await Require(CateringRules.Windows, "penalty_no_rating_months")).AsInt(),
            [.. (await Require(CateringRules.Windows, "penalty_kinds")).Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            string.Join(CateringText.Zh("NoteSeparator"), citations));
    }
}
