using Shian.Shared.Kernel;

namespace Shian.Modules.RiskGrading.Domain;

/// <summary>
/// The annual re-grade's raise/lower decision (cn_rules §1.1), reviewing the year before <c>year</c>:
/// raise when the review year holds a raising case (intentional violation punished by fine/confiscation/
/// suspension/revocation; national or provincial sampling failure; an incident) — by two levels for an incident or
/// two or more cases, otherwise one; lower one level after <c>lower_clean_years</c> consecutive clean years for an
/// operator supervised that long; otherwise no change. The levels apply to the score's grade for the whole year.
/// </summary>
internal static class AnnualAdjustment
{
    public static GradeAdjustment? Decide(RiskModel model, OperatorProfile profile, IEnumerable<RiskEventData> events, int year)
    {
        var raising = events.Where(e => IsRaising(model, e)).ToList();
        var reviewed = raising.Where(e => e.OccurredOn.Year == year - 1).OrderBy(e => e.OccurredOn).ToList();
        if (reviewed.Count > 0)
        {
            var twoLevels = reviewed.Any(e => e.Kind == RiskEventKinds.Incident) || reviewed.Count >= 2;
            var rule = model.Row(RiskGradingRules.Adjust, twoLevels ? "raise_levels_incident" : "raise_levels");
            var reason = RiskGradingTexts.Zh("Adjust_Review", year - 1, string.Join(RiskGradingTexts.Zh("ReasonSeparator"), reviewed.Select(Describe)));
            return new GradeAdjustment(rule.AsInt(), year, reason, rule.RuleSet, rule.Key, rule.Citation, rule.Confidence);
        }

        var cleanYears = model.Row(RiskGradingRules.Adjust, "lower_clean_years");
        var firstCleanYear = year - cleanYears.AsInt();
        var supervisedSince = profile.RegisteredAt.ChinaDate();
        if (supervisedSince <= new DateOnly(firstCleanYear, 1, 1) && !raising.Any(e => e.OccurredOn.Year >= firstCleanYear && e.OccurredOn.Year < year))
        {
            var lower = model.Row(RiskGradingRules.Adjust, "lower_levels");
            return new GradeAdjustment(
                -lower.AsInt(), year, RiskGradingTexts.Zh("Adjust_Clean", firstCleanYear, year - 1, cleanYears.Value), cleanYears.RuleSet, cleanYears.Key,
                cleanYears.Citation, cleanYears.Confidence);
        }

        return null;
    }

    public static bool IsRaising(RiskModel model, RiskEventData e) => e.Kind switch
    {
        RiskEventKinds.Incident => true,
        RiskEventKinds.SamplingFailure => model.List(RiskGradingRules.Adjust, "raise_sampling_levels").Contains(e.Detail ?? ""),
        RiskEventKinds.Penalty => e.Intentional && (e.Detail ?? "").Split(',').Intersect(model.List(RiskGradingRules.Adjust, "raise_penalty_kinds")).Any(),
        _ => false,
    };

    private static string Describe(RiskEventData e) => e.Kind switch
    {
        RiskEventKinds.Incident => RiskGradingTexts.Zh("Adjust_Incident", e.OccurredOn),
        RiskEventKinds.SamplingFailure => RiskGradingTexts.Zh("Adjust_Sampling", e.OccurredOn),
        _ => RiskGradingTexts.Zh("Adjust_Penalty", e.OccurredOn),
    };
}
