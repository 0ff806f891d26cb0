namespace Shian.Modules.Catering.Domain;

/// <summary>The per-inspection (dynamic) grade: 优秀 / 良好 / 一般 shown as faces, or no grade.</summary>
internal enum DynamicGrade
{
    /// <summary>优秀, 大笑 (laughing face).</summary>
    Excellent,

    /// <summary>良好, 微笑 (smiling face).</summary>
    Good,

    /// <summary>一般, 平脸 (neutral face).</summary>
    Fair,

    /// <summary>No grade: score below the lowest band or too many key items failed; shown as 整改中.</summary>
    Rectifying,

    /// <summary>No grade yet: a new licence inside its waiting window; shown as 待评定.</summary>
    Pending,

    /// <summary>No grade for a while: a food-safety incident or a warning-or-worse penalty; shown as 暂停评级.</summary>
    Suspended,
}

/// <summary>The annual grade: A / B / C over the past 12 months, or not rated.</summary>
internal enum AnnualGrade
{
    A,
    B,
    C,

    /// <summary>Not rated: under 12 months of activity, no scored inspection in the window, or a mean below C.</summary>
    NotRated,
}

/// <summary>
/// Stable keys and labels, shared by pages, the API, the sticker and the open data. Labels come from the module's
/// resources (<c>Grade_*</c>, <c>Face_*</c>, <c>Annual_*</c>): <c>Label</c> in the caller's language, <c>ChineseLabel</c>
/// for what is written down (the sticker, timeline entries).
/// </summary>
internal static class GradeLabels
{
    public static string Key(this DynamicGrade grade) => grade switch
    {
        DynamicGrade.Excellent => "excellent",
        DynamicGrade.Good => "good",
        DynamicGrade.Fair => "fair",
        DynamicGrade.Rectifying => "rectifying",
        DynamicGrade.Suspended => "suspended",
        _ => "pending",
    };

    public static string Label(this DynamicGrade grade) => CateringText.Get("Grade_" + grade.Key());

    public static string ChineseLabel(this DynamicGrade grade) => CateringText.Zh("Grade_" + grade.Key());

    /// <summary>The face printed on the door sticker, or null when there is no grade.</summary>
    public static string? Face(this DynamicGrade grade) => HasFace(grade) ? CateringText.Get("Face_" + grade.Key()) : null;

    public static string LabelWithFace(this DynamicGrade grade) =>
        HasFace(grade) ? CateringText.Get("GradeWithFace", grade.Label(), grade.Face()) : grade.Label();

    public static string ChineseLabelWithFace(this DynamicGrade grade) =>
        HasFace(grade) ? CateringText.Zh("GradeWithFace", grade.ChineseLabel(), CateringText.Zh("Face_" + grade.Key())) : grade.ChineseLabel();

    public static string Key(this AnnualGrade grade) => grade == AnnualGrade.NotRated ? "not_rated" : grade.ToString();

    public static string Label(this AnnualGrade grade) => CateringText.Get("Annual_" + grade.Key());

    public static string ChineseLabel(this AnnualGrade grade) => CateringText.Zh("Annual_" + grade.Key());

    private static bool HasFace(DynamicGrade grade) => grade is DynamicGrade.Excellent or DynamicGrade.Good or DynamicGrade.Fair;
}
