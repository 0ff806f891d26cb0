namespace Shian.Modules.RiskGrading.Domain;

/// <summary>The rule sets the risk model reads (<c>Seed/riskgrading.rules.json</c>; Administration's rule book).</summary>
internal static class RiskGradingRules
{
    public const string Model = "riskgrading.model";

    public const string Thresholds = "riskgrading.thresholds";

    public const string Frequency = "riskgrading.frequency";

    public const string StaticCategory = "riskgrading.static.category";

    public const string StaticScale = "riskgrading.static.scale";

    public const string StaticProduct = "riskgrading.static.product";

    public const string DynamicInspection = "riskgrading.dynamic.inspection";

    public const string DynamicSampling = "riskgrading.dynamic.sampling";

    public const string DynamicPenalty = "riskgrading.dynamic.penalty";

    public const string DynamicComplaint = "riskgrading.dynamic.complaint";

    public const string DynamicIncident = "riskgrading.dynamic.incident";

    public const string DynamicWindow = "riskgrading.dynamic.window";

    public const string Adjust = "riskgrading.adjust";

    public const string Override = "riskgrading.override";

    public const string Priority = "riskgrading.priority";

    public const string FullCoverage = "riskgrading.full_coverage";

    /// <summary>Inspections' set (every_years of the full-coverage rule), read here for the plan.</summary>
    public const string InspectionsFullCoverage = "inspections.full_coverage";
}
