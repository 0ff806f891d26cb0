using Shian.Modules.Administration.Contracts;
using Shian.Modules.Catering.Contracts;
using Shian.Shared.Kernel;

namespace Shian.Modules.Portal.Features.SearchEstablishments;

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
            throw ShianException.Invalid(PortalErrors.InvalidPageNumber, "pageNumber");
        }

        if (size is < 1 or > MaxPageSize)
        {
            throw ShianException.Invalid(PortalErrors.InvalidPageSize, "pageSize", MaxPageSize);
        }

        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (name is { Length: > MaxNameLength })
        {
            throw ShianException.Invalid(PortalErrors.NameTooLong, "name", MaxNameLength);
        }

        grade = string.IsNullOrWhiteSpace(grade) ? null : grade.Trim();
        if (grade is not null && !PublishedGrades.Keys.Contains(grade))
        {
            throw ShianException.Invalid(PortalErrors.UnknownGrade, "grade", string.Join(", ", PublishedGrades.Keys));
        }

        var places = await jurisdictions.AllAsync(ct);
        var districtCode = Resolve(places, district, JurisdictionLevels.District, PortalErrors.UnknownDistrict, "district");
        var townCode = Resolve(places, town, JurisdictionLevels.Town, PortalErrors.UnknownTown, "town");
        if (districtCode is not null && townCode is not null && !townCode.StartsWith(districtCode, StringComparison.Ordinal))
        {
            throw ShianException.InvalidFields(PortalErrors.UnknownTown, [("town", PortalErrors.TownOutsideDistrict)]);
        }

        var filter = new PublishedEstablishmentFilter(name, townCode ?? districtCode, grade);
        var page = await grades.SearchAsync(filter, new PageRequest(number, size), ct);
        var names = places.ToDictionary(p => p.Code, p => p.Name);
        return new EstablishmentSearch(page, names);
    }

    private static string? Resolve(IReadOnlyList<JurisdictionInfo> places, string? value, string level, string code, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        return places.FirstOrDefault(p => p.Level == level && (p.Code == value || p.Name == value))?.Code
            ?? throw ShianException.Invalid(code, field);
    }
}

/// <summary>A page of published establishments with the names of every place code.</summary>
internal sealed record EstablishmentSearch(PagedList<PublishedEstablishment> Page, IReadOnlyDictionary<string, string> PlaceNames)
{
    public string District(string townCode) => PlaceNames.GetValueOrDefault(JurisdictionCodes.DistrictOf(townCode), "");

    public string Town(string townCode) => PlaceNames.GetValueOrDefault(townCode, "");
}
