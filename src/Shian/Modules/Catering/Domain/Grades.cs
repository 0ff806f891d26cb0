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

/// <summary>Stable keys and Chinese labels, shared by pages, the API, the sticker and the open data.</summary>
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

    public static string Label(this DynamicGrade grade) => grade switch
    {
        DynamicGrade.Excellent => "优秀",
        DynamicGrade.Good => "良好",
        DynamicGrade.Fair => "一般",
        DynamicGrade.Rectifying => "整改中",
        DynamicGrade.Suspended => "暂停评级",
        _ => "待评定",
    };

    /// <summary>The face printed on the door sticker, or null when there is no grade.</summary>
    public static string? Face(this DynamicGrade grade) => grade switch
    {
        DynamicGrade.Excellent => "大笑",
        DynamicGrade.Good => "微笑",
        DynamicGrade.Fair => "平脸",
        _ => null,
    };

    public static string LabelWithFace(this DynamicGrade grade) =>
        grade.Face() is { } face ? $"{grade.Label()}（{face}）" : grade.Label();

    public static string Key(this AnnualGrade grade) => grade == AnnualGrade.NotRated ? "not_rated" : grade.ToString();

    public static string Label(this AnnualGrade grade) => grade switch
    {
        AnnualGrade.A => "A级（优秀）",
        AnnualGrade.B => "B级（良好）",
        AnnualGrade.C => "C级（一般）",
        _ => "未评级",
    };
}
