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
            var rule = model.Row("riskgrading.adjust", twoLevels ? "raise_levels_incident" : "raise_levels");
            var reason = $"{year - 1} 年度：" + string.Join("；", reviewed.Select(Describe));
            return new GradeAdjustment(rule.AsInt(), year, reason, rule.RuleSet, rule.Key, rule.Citation, rule.Confidence);
        }

        var cleanYears = model.Row("riskgrading.adjust", "lower_clean_years");
        var firstCleanYear = year - cleanYears.AsInt();
        var supervisedSince = profile.RegisteredAt.ChinaDate();
        if (supervisedSince <= new DateOnly(firstCleanYear, 1, 1) && !raising.Any(e => e.OccurredOn.Year >= firstCleanYear && e.OccurredOn.Year < year))
        {
            var lower = model.Row("riskgrading.adjust", "lower_levels");
            return new GradeAdjustment(
                -lower.AsInt(), year, $"{firstCleanYear}–{year - 1} 年连续 {cleanYears.Value} 年无上调情形", cleanYears.RuleSet, cleanYears.Key,
                cleanYears.Citation, cleanYears.Confidence);
        }

        return null;
    }

    public static bool IsRaising(RiskModel model, RiskEventData e) => e.Kind switch
    {
        RiskEventKinds.Incident => true,
        RiskEventKinds.SamplingFailure => model.List("riskgrading.adjust", "raise_sampling_levels").Contains(e.Detail ?? ""),
        RiskEventKinds.Penalty => e.Intentional && (e.Detail ?? "").Split(',').Intersect(model.List("riskgrading.adjust", "raise_penalty_kinds")).Any(),
        _ => false,
    };

    private static string Describe(RiskEventData e) => e.Kind switch
    {
        RiskEventKinds.Incident => $"{e.OccurredOn:yyyy-MM-dd} 发生食品安全事故",
        RiskEventKinds.SamplingFailure => $"{e.OccurredOn:yyyy-MM-dd} 监督抽检不合格",
        _ => $"{e.OccurredOn:yyyy-MM-dd} 故意违法受到行政处罚",
    };
}
