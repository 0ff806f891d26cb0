namespace Shian.Modules.Catering;

/// <summary>The rule sets the catering grading reads from the rule book (seeded from <c>Seed/catering.rules.json</c>).</summary>
internal static class CateringRules
{
    public const string DynamicBands = "catering.dynamic_bands";
    public const string AnnualBands = "catering.annual_bands";
    public const string Windows = "catering.windows";
}
