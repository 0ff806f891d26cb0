namespace Shian.Modules.Administration.Contracts;

/// <summary>The values of <see cref="JurisdictionInfo.Level"/>.</summary>
public static class JurisdictionLevels
{
    public const string City = "City";
    public const string District = "District";
    public const string Town = "Town";
}
