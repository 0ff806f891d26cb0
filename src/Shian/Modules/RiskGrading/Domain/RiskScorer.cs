using Shian.Modules.Administration.Contracts;

namespace Shian.Modules.RiskGrading.Domain;

/// <summary>An annual adjustment in force for the operator (levels: +1/+2 raise, −1 lower), with its rule.</summary>
internal sealed record GradeAdjustment(int Levels, int Year, string Reason, string RuleSet, string RuleKey, string Citation, string Confidence);

/// <summary>A serious-violation listing that overrides the score (Credit's finding).</summary>
internal sealed record ListingOverride(string Reason, string Decision, DateOnly ListedOn);

/// <summary>The outcome of scoring: both scores, the grade by score, the final grade, every factor, priority.</summary>
internal sealed record GradeResult(
    decimal StaticScore, decimal DynamicScore, decimal TotalScore, string ScoreGrade, string Grade, bool Priority, IReadOnlyList<ScoreFactor> Factors);

/// <summary>
/// Pure scoring (cn_rules §1.1): static score from 业态, scale and product risk (the highest category counts),
/// capped at static_max; dynamic score from the recorded events of the look-back window (only the latest
/// inspection counts; sampling failures, penalties, verified complaints and incidents add), capped at dynamic_max;
/// total → A/B/C/D by the thresholds; then the year's adjustment and the serious-violation override.
/// </summary>
internal static class RiskScorer
{
    public static GradeResult Score(
        RiskModel model, OperatorProfile profile, IEnumerable<RiskEventData> events, DateOnly on,
        GradeAdjustment? adjustment = null, ListingOverride? listing = null)
    {
        var factors = new List<ScoreFactor>();
        var staticScore = StaticScore(model, profile, factors);
        var dynamicScore = DynamicScore(model, events, on, factors);
        var total = staticScore + dynamicScore;
        var (scoreGrade, threshold) = model.GradeFor(total);
        factors.Add(Factor("grade", "score_grade", RiskGradingTexts.Zh("Factor_score_grade", RiskModel.Format(total), scoreGrade), threshold.AsDecimal(), threshold));

        var grade = scoreGrade;
        if (adjustment is { Levels: not 0 })
        {
            grade = Grades.Shift(scoreGrade, adjustment.Levels);
            factors.Add(new ScoreFactor(
                "adjustment", adjustment.Levels > 0 ? "raise" : "lower", RiskGradingTexts.Zh("Factor_adjustment", adjustment.Year, adjustment.Reason), adjustment.Levels,
                adjustment.RuleSet, adjustment.RuleKey, adjustment.Citation, adjustment.Confidence));
        }

        if (listing is not null)
        {
            var rule = model.Row(RiskGradingRules.Override, "serious_violation");
            grade = rule.Value;
            factors.Add(Factor("override", "serious_violation",
                RiskGradingTexts.Zh("Factor_serious_violation", listing.ListedOn, listing.Decision, listing.Reason), 0, rule));
        }

        return new GradeResult(staticScore, dynamicScore, total, scoreGrade, grade, IsPriority(model, profile.Categories, grade), factors);
    }

    /// <summary>重点监督检查 (SAMR Order 49 Art. 22): listed categories always; producers at C/D; traders at D.</summary>
    public static bool IsPriority(RiskModel model, IReadOnlyList<string> categories, string grade)
    {
        if (categories.Intersect(model.List(RiskGradingRules.Priority, "categories")).Any())
        {
            return true;
        }

        var producer = categories.Any(CategoryNames.IsProduction);
        var grades = model.List(RiskGradingRules.Priority, producer ? "production_grades" : "trader_grades");
        return grades.Contains(grade);
    }

    private static decimal StaticScore(RiskModel model, OperatorProfile profile, List<ScoreFactor> factors)
    {
        var categories = profile.Categories.Count == 0 ? [RiskModel.Fallback] : profile.Categories;
        var category = categories.Select(c => (Code: c, Row: model.RowOrFallback(RiskGradingRules.StaticCategory, c)))
            .MaxBy(c => c.Row.AsDecimal());
        factors.Add(Factor("static", "category", RiskGradingTexts.Zh("Factor_category", CategoryLabel(category.Code)), category.Row.AsDecimal(), category.Row));

        var scale = model.RowOrFallback(RiskGradingRules.StaticScale, profile.EntityType ?? RiskModel.Fallback);
        factors.Add(Factor("static", "scale", RiskGradingTexts.Zh("Factor_scale", CategoryNames.EntityType(profile.EntityType)), scale.AsDecimal(), scale));

        var product = categories.Select(c => (Code: c, Row: model.RowOrFallback(RiskGradingRules.StaticProduct, c)))
            .MaxBy(c => c.Row.AsDecimal());
        factors.Add(Factor("static", "product", RiskGradingTexts.Zh("Factor_product", CategoryLabel(product.Code)), product.Row.AsDecimal(), product.Row));

        var sum = category.Row.AsDecimal() + scale.AsDecimal() + product.Row.AsDecimal();
        return Cap(model, sum, model.StaticMax, "static_max", "static", factors);
    }

    private static decimal DynamicScore(RiskModel model, IEnumerable<RiskEventData> events, DateOnly on, List<ScoreFactor> factors)
    {
        var from = on.AddMonths(-model.WindowMonths);
        var inWindow = events.Where(e => e.OccurredOn > from && e.OccurredOn <= on).OrderBy(e => e.OccurredOn).ThenBy(e => e.Id).ToList();
        var sum = 0m;

        // The latest inspection's 动态风险评价 replaces earlier ones: a clean re-inspection brings the score down.
        if (inWindow.LastOrDefault(e => e.Kind == RiskEventKinds.Inspection) is { } inspection)
        {
            var set = RiskGradingRules.DynamicInspection;
            var result = model.Row(set, "result_" + inspection.Result);
            var parts = new List<ScoreFactor>
            {
                Factor("dynamic", "inspection_result", RiskGradingTexts.Zh("Factor_inspection_result", inspection.OccurredOn, ResultLabel(inspection.Result)), result.AsDecimal(), result, inspection),
            };
            if (inspection.KeyItemsFailed > 0)
            {
                var row = model.Row(set, "key_item_failed");
                parts.Add(Factor("dynamic", "key_items_failed", RiskGradingTexts.Zh("Factor_key_items_failed", inspection.KeyItemsFailed), row.AsDecimal() * inspection.KeyItemsFailed, row, inspection));
            }

            if (inspection.GeneralItemsFailed > 0)
            {
                var row = model.Row(set, "general_item_failed");
                parts.Add(Factor("dynamic", "general_items_failed", RiskGradingTexts.Zh("Factor_general_items_failed", inspection.GeneralItemsFailed), row.AsDecimal() * inspection.GeneralItemsFailed, row, inspection));
            }

            factors.AddRange(parts);
            sum += Cap(model, parts.Sum(p => p.Points), model.Points(set, "max"), "max", set, factors);
        }

        foreach (var e in inWindow.Where(e => e.Kind == RiskEventKinds.SamplingFailure))
        {
            var row = model.Row(RiskGradingRules.DynamicSampling, "failed");
            factors.Add(Factor("dynamic", "sampling_failed", RiskGradingTexts.Zh("Factor_sampling_failed", e.OccurredOn, LevelLabel(e.Detail)), row.AsDecimal(), row, e));
            sum += row.AsDecimal();
        }

        foreach (var e in inWindow.Where(e => e.Kind == RiskEventKinds.Penalty))
        {
            var kinds = (e.Detail ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var row = kinds.Select(k => model.Find(RiskGradingRules.DynamicPenalty, k)).OfType<RuleValue>().MaxBy(r => r.AsDecimal())
                ?? model.Row(RiskGradingRules.DynamicPenalty, "warning");
            factors.Add(Factor("dynamic", "penalty", RiskGradingTexts.Zh("Factor_penalty", e.OccurredOn, row.Article), row.AsDecimal(), row, e));
            sum += row.AsDecimal();
        }

        var complaints = inWindow.Where(e => e.Kind == RiskEventKinds.Complaint).ToList();
        if (complaints.Count > 0)
        {
            var row = model.Row(RiskGradingRules.DynamicComplaint, "verified");
            var parts = complaints.Select(e => Factor("dynamic", "complaint_verified", RiskGradingTexts.Zh("Factor_complaint_verified", e.OccurredOn), row.AsDecimal(), row, e)).ToList();
            factors.AddRange(parts);
            sum += Cap(model, parts.Sum(p => p.Points), model.Points(RiskGradingRules.DynamicComplaint, "max"), "max", RiskGradingRules.DynamicComplaint, factors);
        }

        foreach (var e in inWindow.Where(e => e.Kind == RiskEventKinds.Incident))
        {
            var row = model.Row(RiskGradingRules.DynamicIncident, "recorded");
            factors.Add(Factor("dynamic", "incident", RiskGradingTexts.Zh("Factor_incident", e.OccurredOn, e.Detail), row.AsDecimal(), row, e));
            sum += row.AsDecimal();
        }

        return Cap(model, sum, model.DynamicMax, "dynamic_max", "dynamic", factors);
    }

    /// <summary>Caps <paramref name="sum"/>; when it bites, the breakdown shows the cut as a negative line citing the cap.</summary>
    private static decimal Cap(RiskModel model, decimal sum, decimal max, string key, string set, List<ScoreFactor> factors)
    {
        if (sum <= max)
        {
            return sum;
        }

        var row = set is "static" or "dynamic" ? model.Row(RiskGradingRules.Model, key) : model.Row(set, key);
        factors.Add(Factor(set is "static" ? "static" : "dynamic", "cap", RiskGradingTexts.Zh("Factor_cap", RiskModel.Format(max)), max - sum, row));
        return max;
    }

    private static ScoreFactor Factor(string part, string key, string label, decimal points, RuleValue row, RiskEventData? source = null) =>
        new(part, key, label, points, row.RuleSet, row.Key, row.Citation, row.Confidence, source?.Id, source?.SourceKey, source?.OccurredOn);

    private static string CategoryLabel(string code) => code == RiskModel.Fallback ? RiskGradingTexts.Zh("Category_Unregistered") : CategoryNames.Of(code);

    private static string ResultLabel(string? result) => result is "Conforms" or "BasicallyConforms" or "DoesNotConform"
        ? RiskGradingTexts.Zh("Result_" + result)
        : result ?? "";

    private static string LevelLabel(string? level) => level is "national" or "provincial" or "city" or "county"
        ? RiskGradingTexts.Zh("Level_" + level)
        : level ?? "";
}
