using System.Text.Json.Serialization;
using Shian.Modules.Catering.Contracts;

namespace Shian.Modules.Portal.Features.OpenData;

/// <summary>A page of establishments shaped like the FHRS API v2: the items, <c>meta</c> and <c>links</c>.</summary>
internal sealed record EstablishmentsResponse(IReadOnlyList<OpenEstablishment> Establishments, PageMeta Meta, IReadOnlyList<ApiLink> Links);

/// <summary>FHRS's paging envelope: where the data comes from, when it was extracted, counts and position.</summary>
internal sealed record PageMeta(
    string DataSource, DateTimeOffset ExtractDate, int ItemCount, string Returncode, int TotalCount, int TotalPages, int PageSize, int PageNumber);

internal sealed record ApiLink(string Rel, string Href);

/// <summary>
/// A published establishment. <c>ratingDate</c> is the 公示 date of the latest grade; <c>newRatingPending</c> is
/// FHRS's flag for a business not yet rated (待评定). No personal data: no legal representative, ID or phone.
/// </summary>
internal sealed record OpenEstablishment(
    Guid Id,
    string BusinessName,
    string BusinessType,
    string Address,
    string DistrictCode,
    string DistrictName,
    string TownCode,
    string TownName,
    string DynamicGrade,
    string DynamicGradeLabel,
    string? DynamicGradeFace,
    decimal? Score,
    string AnnualGrade,
    string AnnualGradeLabel,
    DateOnly? LastInspectionDate,
    string? LastInspectionResult,
    DateOnly? RatingDate,
    bool NewRatingPending,
    IReadOnlyList<ApiLink> Links,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<OpenInspection>? Inspections = null)
{
    public static OpenEstablishment From(PublishedEstablishment e, Func<string, string> placeName, IReadOnlyList<OpenInspection>? inspections = null)
    {
        var district = Shian.Shared.Kernel.JurisdictionCodes.DistrictOf(e.JurisdictionCode);
        return new OpenEstablishment(
            e.Id, e.Name, "餐饮服务", e.Address, district, placeName(district), e.JurisdictionCode, placeName(e.JurisdictionCode),
            e.DynamicGrade, e.DynamicGradeLabel, e.DynamicGradeFace, e.DynamicScore, e.AnnualGrade, e.AnnualGradeLabel,
            e.LastInspectedOn, e.LastInspectionResult, e.PublishedOn, e.DynamicGrade == "pending",
            [new("self", $"/api/v1/portal/establishments/{e.Id}"), new("page", $"/portal/establishments/{e.Id}")],
            inspections);
    }
}

/// <summary>A published inspection: day, kind, score, result (符合 / 基本符合 / 不符合) and the grade it gave.</summary>
internal sealed record OpenInspection(Guid InspectionId, DateOnly Date, string Kind, decimal? Score, string Result, string DynamicGrade, string DynamicGradeLabel)
{
    public static OpenInspection From(PublishedInspection i) =>
        new(i.InspectionId, i.InspectedOn, i.Kind, i.Score, i.Result, i.DynamicGrade, i.DynamicGradeLabel);
}
