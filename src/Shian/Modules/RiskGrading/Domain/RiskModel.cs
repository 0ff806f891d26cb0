using System.Globalization;
using Shian.Modules.Administration.Contracts;

namespace Shian.Modules.RiskGrading.Domain;

/// <summary>
/// The rule rows in force on one date, indexed for scoring: point tables (static, dynamic), maxima, thresholds,
/// frequencies, adjustment and priority rules. Every value keeps its <see cref="RuleValue"/> so that a score can
/// cite the row it came from.
/// </summary>
internal sealed class RiskModel
{
    public const string Fallback = "*";

    private readonly Dictionary<(string Set, string Key), RuleValue> _rows;

    public RiskModel(IEnumerable<RuleValue> rows)
    {
        _rows = rows.ToDictionary(r => (r.RuleSet, r.Key));
    }

    /// <summary>Every rule set the model reads; a missing one makes grading refuse rather than guess.</summary>
    public static readonly string[] RuleSets =
    [
        RiskGradingRules.Model, RiskGradingRules.Thresholds, RiskGradingRules.Frequency, RiskGradingRules.StaticCategory,
        RiskGradingRules.StaticScale, RiskGradingRules.StaticProduct, RiskGradingRules.DynamicInspection,
        RiskGradingRules.DynamicSampling, RiskGradingRules.DynamicPenalty, RiskGradingRules.DynamicComplaint,
        RiskGradingRules.DynamicIncident, RiskGradingRules.DynamicWindow, RiskGradingRules.Adjust, RiskGradingRules.Override,
        RiskGradingRules.Priority, RiskGradingRules.FullCoverage, RiskGradingRules.InspectionsFullCoverage,
    ];

    public RuleValue Row(string set, string key) =>
        _rows.TryGetValue((set, key), out var row)
            ? row
            : throw new InvalidOperationException($"Rule {set}/{key} is not in force; seed or add it.");

    public RuleValue? Find(string set, string key) => _rows.GetValueOrDefault((set, key));

    /// <summary>The row for <paramref name="key"/>, or the set's <c>*</c> row.</summary>
    public RuleValue RowOrFallback(string set, string key) => Find(set, key) ?? Row(set, Fallback);

    public decimal Points(string set, string key) => Row(set, key).AsDecimal();

    public decimal StaticMax => Points(RiskGradingRules.Model, "static_max");

    public decimal DynamicMax => Points(RiskGradingRules.Model, "dynamic_max");

    public int WindowMonths => Row(RiskGradingRules.DynamicWindow, "months").AsInt();

    public IReadOnlyList<string> List(string set, string key) =>
        Row(set, key).Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The grade the total score falls in: A ≤ A_max, B ≤ B_max, C ≤ C_max, else D (upper bounds inclusive).</summary>
    public (string Grade, RuleValue Rule) GradeFor(decimal total)
    {
        foreach (var grade in new[] { "A", "B", "C" })
        {
            var row = Row(RiskGradingRules.Thresholds, grade + "_max");
            if (total <= row.AsDecimal())
            {
                return (grade, row);
            }
        }

        return ("D", Row(RiskGradingRules.Thresholds, "C_max"));
    }

    public RuleValue MinFrequency(string grade) => Row(RiskGradingRules.Frequency, grade + "_min_per_year");

    public RuleValue MaxFrequency(string grade) => Row(RiskGradingRules.Frequency, grade + "_max_per_year");

    public static string Format(decimal points) => points.ToString("0.##", CultureInfo.InvariantCulture);
}
