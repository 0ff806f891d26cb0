namespace Shian.Modules.Inspections;

/// <summary>The rule sets and keys the module reads from the rule book (seeded by Administration).</summary>
internal static class InspectionsRules
{
    /// <summary>Inspection team: <see cref="MinInspectors"/>.</summary>
    public const string Team = "inspections.team";

    public const string MinInspectors = "min_inspectors";

    /// <summary>Publication of results: <see cref="PublicationWorkingDays"/>.</summary>
    public const string Publication = "inspections.publication";

    public const string PublicationWorkingDays = "working_days";
}
