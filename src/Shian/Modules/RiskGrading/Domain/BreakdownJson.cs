using System.Text.Encodings.Web;
using System.Text.Json;

namespace Shian.Modules.RiskGrading.Domain;

/// <summary>How breakdowns and adjustments are stored: camelCase JSON with Chinese kept readable.</summary>
internal static class BreakdownJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static IReadOnlyList<ScoreFactor> ReadFactors(string json) =>
        JsonSerializer.Deserialize<List<ScoreFactor>>(json, Options) ?? [];

    public static IReadOnlyList<RuleApplied> ReadRules(string json) =>
        JsonSerializer.Deserialize<List<RuleApplied>>(json, Options) ?? [];

    public static GradeAdjustment? ReadAdjustment(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<GradeAdjustment>(json, Options);
}
