using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Domain;

/// <summary>A city, district/county-level city, or town/street: the unit of every staff member's scope.</summary>
internal sealed class Jurisdiction : IAudited
{
    public string Code { get; init; } = "";

    public string Name { get; set; } = "";

    public JurisdictionLevel Level { get; init; }

    public string? ParentCode { get; init; }

    /// <summary>Resident population (approximate below city level; see shared/domain/jiangmen.md).</summary>
    public long? Population { get; set; }

    public int SortOrder { get; init; }
}

internal enum JurisdictionLevel
{
    City,
    District,
    Town,
}
