using Shian.Modules.Administration.Contracts;
using Shian.Modules.Catering.Contracts;
using Shian.Shared.Kernel;

namespace Shian.Modules.Portal.Features.OpenData;

/// <summary>
/// The public establishment search shared by the open-data API and the search page: checks the query like the
/// FHRS API's parameters (all optional), resolves places by code or name, and names places in the results.
/// </summary>
internal sealed class EstablishmentQuery(ICateringGrades grades, IJurisdictionDirectory jurisdictions)
{
    public const int MaxPageSize = 100;
    public const int MaxNameLength = 100;

    public async Task<EstablishmentSearch> SearchAsync(
        string? name, string? district, string? town, string? grade, int? pageNumber, int? pageSize, CancellationToken ct)
    {
        var number = pageNumber ?? 1;
        var size = pageSize ?? PageRequest.DefaultPageSize;
        if (number < 1)
        {
            throw Invalid(PortalErrors.InvalidPageNumber, "pageNumber", "页码须为大于等于 1 的整数。");
        }

        if (size is < 1 or > MaxPageSize)
        {
            throw Invalid(PortalErrors.InvalidPageSize, "pageSize", $"每页条数须在 1 至 {MaxPageSize} 之间。");
        }

        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (name is { Length: > MaxNameLength })
        {
            throw Invalid(PortalErrors.NameTooLong, "name", $"名称关键词不能超过 {MaxNameLength} 个字符。");
        }

        grade = string.IsNullOrWhiteSpace(grade) ? null : grade.Trim();
        if (grade is not null && !PublishedGrades.Keys.Contains(grade))
        {
            throw Invalid(PortalErrors.UnknownGrade, "grade", $"等级须为以下之一：{string.Join(", ", PublishedGrades.Keys)}。");
        }

        var places = await jurisdictions.AllAsync(ct);
        var districtCode = Resolve(places, district, "District", PortalErrors.UnknownDistrict, "district", "未知的区县（请使用 6 位区划代码或名称）。");
        var townCode = Resolve(places, town, "Town", PortalErrors.UnknownTown, "town", "未知的镇街（请使用 9 位代码或名称）。");
        if (districtCode is not null && townCode is not null && !townCode.StartsWith(districtCode, StringComparison.Ordinal))
        {
            throw Invalid(PortalErrors.UnknownTown, "town", "该镇街不在所选区县内。");
        }

        var filter = new PublishedEstablishmentFilter(name, townCode ?? districtCode, grade);
        var page = await grades.SearchAsync(filter, new PageRequest(number, size), ct);
        var names = places.ToDictionary(p => p.Code, p => p.Name);
        return new EstablishmentSearch(page, names);
    }

    public async Task<(PublishedEstablishment Establishment, IReadOnlyDictionary<string, string> Names)?> FindAsync(Guid id, CancellationToken ct)
    {
        if (await grades.FindAsync(id, ct) is not { } establishment)
        {
            return null;
        }

        var places = await jurisdictions.AllAsync(ct);
        return (establishment, places.ToDictionary(p => p.Code, p => p.Name));
    }

    private static string? Resolve(IReadOnlyList<JurisdictionInfo> places, string? value, string level, string code, string field, string message)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        return places.FirstOrDefault(p => p.Level == level && (p.Code == value || p.Name == value))?.Code
            ?? throw Invalid(code, field, message);
    }

    private static ShianException Invalid(string code, string field, string message) =>
        new(code, message, 400, new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>A page of published establishments with the names of every place code.</summary>
internal sealed record EstablishmentSearch(PagedList<PublishedEstablishment> Page, IReadOnlyDictionary<string, string> PlaceNames)
{
    public string District(string townCode) => PlaceNames.GetValueOrDefault(JurisdictionCodes.DistrictOf(townCode), "");

    public string Town(string townCode) => PlaceNames.GetValueOrDefault(townCode, "");
}
