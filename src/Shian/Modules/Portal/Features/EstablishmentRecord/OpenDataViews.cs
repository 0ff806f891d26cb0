using System.Text.Json.Serialization;
using Shian.Modules.Catering.Contracts;
using Shian.Shared.Kernel;

namespace Shian.Modules.Portal.Features.EstablishmentRecord;

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
        var district = JurisdictionCodes.DistrictOf(e.JurisdictionCode);
        return new OpenEstablishment(
            e.Id, e.Name, Messages.Get("portal.business_type_catering"), e.Address, district, placeName(district), e.JurisdictionCode, placeName(e.JurisdictionCode),
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
