namespace Shian.Modules.Portal;

/// <summary>Stable error codes of the module (ProblemDetails <c>code</c>).</summary>
internal static class PortalErrors
{
    public const string InvalidPageNumber = "portal.invalid_page_number";
    public const string InvalidPageSize = "portal.invalid_page_size";
    public const string UnknownGrade = "portal.unknown_grade";
    public const string UnknownDistrict = "portal.unknown_district";
    public const string UnknownTown = "portal.unknown_town";
    public const string NameTooLong = "portal.name_too_long";
    public const string EstablishmentNotFound = "portal.establishment_not_found";

    /// <summary>A message key (field error of <see cref="UnknownTown"/>): the town lies outside the district asked for.</summary>
    public const string TownOutsideDistrict = "portal.town_outside_district";
}
