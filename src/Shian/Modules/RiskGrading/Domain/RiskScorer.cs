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
        factors.Add(Factor("grade", "score_grade", $"按总分 {RiskModel.Format(total)} 评定为 {scoreGrade} 级（阈值 30/45/60）", threshold.AsDecimal(), threshold));

        var grade = scoreGrade;
        if (adjustment is { Levels: not 0 })
        {
            grade = Grades.Shift(scoreGrade, adjustment.Levels);
            factors.Add(new ScoreFactor(
                "adjustment", adjustment.Levels > 0 ? "raise" : "lower", $"{adjustment.Year} 年度动态调整：{adjustment.Reason}", adjustment.Levels,
                adjustment.RuleSet, adjustment.RuleKey, adjustment.Citation, adjustment.Confidence));
        }

        if (listing is not null)
        {
            var rule = model.Row("riskgrading.override", "serious_violation");
            grade = rule.Value;
            factors.Add(Factor("override", "serious_violation",
                $"列入严重违法失信名单（{listing.ListedOn:yyyy-MM-dd}，{listing.Decision}）：{listing.Reason}", 0, rule));
        }

        return new GradeResult(staticScore, dynamicScore, total, scoreGrade, grade, IsPriority(model, profile.Categories, grade), factors);
    }

    /// <summary>重点监督检查 (SAMR Order 49 Art. 22): listed categories always; producers at C/D; traders at D.</summary>
    public static bool IsPriority(RiskModel model, IReadOnlyList<string> categories, string grade)
    {
        if (categories.Intersect(model.List("riskgrading.priority", "categories")).Any())
        {
            return true;
        }

        var producer = categories.Any(CategoryNames.IsProduction);
        var grades = model.List("riskgrading.priority", producer ? "production_grades" : "trader_grades");
        return grades.Contains(grade);
    }

    private static decimal StaticScore(RiskModel model, OperatorProfile profile, List<ScoreFactor> factors)
    {
        var categories = profile.Categories.Count == 0 ? [RiskModel.Fallback] : profile.Categories;
        var category = categories.Select(c => (Code: c, Row: model.RowOrFallback("riskgrading.static.category", c)))
            .MaxBy(c => c.Row.AsDecimal());
        factors.Add(Factor("static", "category", $"经营业态：{CategoryLabel(category.Code)}", category.Row.AsDecimal(), category.Row));

        var scale = model.RowOrFallback("riskgrading.static.scale", profile.EntityType ?? RiskModel.Fallback);
        factors.Add(Factor("static", "scale", $"经营规模（按主体类型）：{CategoryNames.EntityType(profile.EntityType)}", scale.AsDecimal(), scale));

        var product = categories.Select(c => (Code: c, Row: model.RowOrFallback("riskgrading.static.product", c)))
            .MaxBy(c => c.Row.AsDecimal());
        factors.Add(Factor("static", "product", $"产品风险：{CategoryLabel(product.Code)}", product.Row.AsDecimal(), product.Row));

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
            var set = "riskgrading.dynamic.inspection";
            var result = model.Row(set, "result_" + inspection.Result);
            var parts = new List<ScoreFactor>
            {
                Factor("dynamic", "inspection_result", $"监督检查（{inspection.OccurredOn:yyyy-MM-dd}）结果：{ResultLabel(inspection.Result)}", result.AsDecimal(), result, inspection),
            };
            if (inspection.KeyItemsFailed > 0)
            {
                var row = model.Row(set, "key_item_failed");
                parts.Add(Factor("dynamic", "key_items_failed", $"重点项不符合 {inspection.KeyItemsFailed} 项", row.AsDecimal() * inspection.KeyItemsFailed, row, inspection));
            }

            if (inspection.GeneralItemsFailed > 0)
            {
                var row = model.Row(set, "general_item_failed");
                parts.Add(Factor("dynamic", "general_items_failed", $"一般项不符合 {inspection.GeneralItemsFailed} 项", row.AsDecimal() * inspection.GeneralItemsFailed, row, inspection));
            }

            factors.AddRange(parts);
            sum += Cap(model, parts.Sum(p => p.Points), model.Points(set, "max"), "max", set, factors);
        }

        foreach (var e in inWindow.Where(e => e.Kind == RiskEventKinds.SamplingFailure))
        {
            var row = model.Row("riskgrading.dynamic.sampling", "failed");
            factors.Add(Factor("dynamic", "sampling_failed", $"监督抽检不合格（{e.OccurredOn:yyyy-MM-dd}，{LevelLabel(e.Detail)}）", row.AsDecimal(), row, e));
            sum += row.AsDecimal();
        }

        foreach (var e in inWindow.Where(e => e.Kind == RiskEventKinds.Penalty))
        {
            var kinds = (e.Detail ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var row = kinds.Select(k => model.Find("riskgrading.dynamic.penalty", k)).OfType<RuleValue>().MaxBy(r => r.AsDecimal())
                ?? model.Row("riskgrading.dynamic.penalty", "warning");
            factors.Add(Factor("dynamic", "penalty", $"行政处罚（{e.OccurredOn:yyyy-MM-dd}）：{row.Article}", row.AsDecimal(), row, e));
            sum += row.AsDecimal();
        }

        var complaints = inWindow.Where(e => e.Kind == RiskEventKinds.Complaint).ToList();
        if (complaints.Count > 0)
        {
            var row = model.Row("riskgrading.dynamic.complaint", "verified");
            var parts = complaints.Select(e => Factor("dynamic", "complaint_verified", $"投诉举报查证属实（{e.OccurredOn:yyyy-MM-dd}）", row.AsDecimal(), row, e)).ToList();
            factors.AddRange(parts);
            sum += Cap(model, parts.Sum(p => p.Points), model.Points("riskgrading.dynamic.complaint", "max"), "max", "riskgrading.dynamic.complaint", factors);
        }

        foreach (var e in inWindow.Where(e => e.Kind == RiskEventKinds.Incident))
        {
            var row = model.Row("riskgrading.dynamic.incident", "recorded");
            factors.Add(Factor("dynamic", "incident", $"食品安全事故（{e.OccurredOn:yyyy-MM-dd}，{e.Detail}）", row.AsDecimal(), row, e));
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

        var row = set is "static" or "dynamic" ? model.Row("riskgrading.model", key) : model.Row(set, key);
        factors.Add(Factor(set is "static" ? "static" : "dynamic", "cap", $"超过上限 {RiskModel.Format(max)} 分的部分不计", max - sum, row));
        return max;
    }

    private static ScoreFactor Factor(string part, string key, string label, decimal points, RuleValue row, RiskEventData? source = null) =>
        new(part, key, label, points, row.RuleSet, row.Key, row.Citation, row.Confidence, source?.Id, source?.SourceKey, source?.OccurredOn);

    private static string CategoryLabel(string code) => code == RiskModel.Fallback ? "未登记类别" : CategoryNames.Of(code);

    private static string ResultLabel(string? result) => result switch
    {
        "Conforms" => "符合",
        "BasicallyConforms" => "基本符合",
        "DoesNotConform" => "不符合",
        _ => result ?? "",
    };

    private static string LevelLabel(string? level) => level switch
    {
        "national" => "国家级",
        "provincial" => "省级",
        "city" => "市级",
        "county" => "县级",
        _ => level ?? "",
    };
}
