using Shian.Shared.Kernel;

namespace Shian.Modules.Catering.Contracts;

/// <summary>
/// The published catering grades (餐饮服务食品安全量化分级) for the public portal and open data. Everything here is
/// public by rule (graded results are published), so it is not limited to the caller's jurisdiction, and it
/// carries no personal data: business name, business address, grades, inspection dates and results.
/// </summary>
public interface ICateringGrades
{
    /// <summary>Published establishments matching <paramref name="filter"/>, by name then id.</summary>
    Task<PagedList<PublishedEstablishment>> SearchAsync(PublishedEstablishmentFilter filter, PageRequest page, CancellationToken ct);

    /// <summary>One establishment by its operator id, or null if the operator has no catering record.</summary>
    Task<PublishedEstablishment?> FindAsync(Guid operatorId, CancellationToken ct);

    /// <summary>The establishment's published catering inspections, newest first.</summary>
    Task<IReadOnlyList<PublishedInspection>> InspectionsAsync(Guid operatorId, CancellationToken ct);

    /// <summary>Every published establishment in name order, streamed (bulk export).</summary>
    IAsyncEnumerable<PublishedEstablishment> StreamAsync(CancellationToken ct);

    /// <summary>Every published catering inspection, by establishment then date, streamed (bulk export).</summary>
    IAsyncEnumerable<PublishedInspection> StreamInspectionsAsync(CancellationToken ct);

    /// <summary>The score bands and windows in force on <paramref name="on"/>, with their citation (for legends).</summary>
    Task<GradeLegend> LegendAsync(DateOnly on, CancellationToken ct);
}

/// <summary>
/// What the grades mean on a day: dynamic bands (excellent, good, fair, rectifying) and annual bands (A, B, C),
/// each from its minimum score up to (not including) the next band, plus the rules' windows and citation.
/// </summary>
public sealed record GradeLegend(
    IReadOnlyList<GradeBand> Dynamic, IReadOnlyList<GradeBand> Annual, int KeyItemsFailedNoGrade, int NewLicencePendingMonths,
    int AnnualWindowMonths, int MinActivityMonths, string Citation);

/// <summary>A band: scores from <paramref name="MinimumScore"/> up to, not including, <paramref name="UpperBound"/> (100 inclusive at the top).</summary>
public sealed record GradeBand(string Grade, string Label, decimal MinimumScore, decimal UpperBound);

/// <summary>
/// Filters, all optional: <paramref name="Name"/> a substring of the business name; <paramref name="JurisdictionPrefix"/>
/// a district (6 digits) or town (9 digits) code; <paramref name="Grade"/> one of <see cref="PublishedGrades.Keys"/>.
/// </summary>
public sealed record PublishedEstablishmentFilter(string? Name = null, string? JurisdictionPrefix = null, string? Grade = null);

/// <summary>
/// An establishment as the public sees it. <paramref name="DynamicGrade"/> is excellent / good / fair / rectifying /
/// pending / suspended (labels 优秀 / 良好 / 一般 / 整改中 / 待评定 / 暂停评级 in the caller's language, faces 大笑 / 微笑 / 平脸);
/// <paramref name="AnnualGrade"/> is A / B / C / not_rated. <paramref name="PublishedOn"/> is the publication date
/// (公示) of the latest grade; <paramref name="GradeNote"/>
/// says why a grade is missing (e.g. a no-rating window and until when).
/// </summary>
public sealed record PublishedEstablishment(
    Guid Id,
    string Name,
    string Address,
    string JurisdictionCode,
    string DynamicGrade,
    string DynamicGradeLabel,
    string? DynamicGradeFace,
    decimal? DynamicScore,
    string AnnualGrade,
    string AnnualGradeLabel,
    DateOnly? LastInspectedOn,
    string? LastInspectionResult,
    DateOnly? PublishedOn,
    DateOnly? LicensedOn,
    string? GradeNote = null);

/// <summary>A published catering inspection: its day, kind, score, result and the dynamic grade it gave.</summary>
public sealed record PublishedInspection(
    Guid EstablishmentId,
    Guid InspectionId,
    DateOnly InspectedOn,
    string Kind,
    decimal? Score,
    string Result,
    string DynamicGrade,
    string DynamicGradeLabel);

/// <summary>The grade keys the public filter accepts.</summary>
public static class PublishedGrades
{
    public static readonly IReadOnlyList<string> Dynamic = ["excellent", "good", "fair", "rectifying", "pending", "suspended"];

    public static readonly IReadOnlyList<string> Annual = ["A", "B", "C", "not_rated"];

    public static IReadOnlyList<string> Keys { get; } = [.. Dynamic, .. Annual];
}
