namespace Shian.Modules.RiskGrading.Domain;

/// <summary>The four levels, low to high risk (SAMR Order 49 Art. 21): A, B, C, D.</summary>
internal static class Grades
{
    public static readonly IReadOnlyList<string> All = ["A", "B", "C", "D"];

    public static bool IsKnown(string? grade) => grade is not null && All.Contains(grade);

    public static int IndexOf(string grade) => grade switch
    {
        "A" => 0,
        "B" => 1,
        "C" => 2,
        "D" => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(grade), grade, "Unknown grade."),
    };

    /// <summary>Moves <paramref name="grade"/> by <paramref name="levels"/> (positive = riskier), kept within A–D.</summary>
    public static string Shift(string grade, int levels) => All[Math.Clamp(IndexOf(grade) + levels, 0, 3)];
}
