namespace Shian.Modules.RandomChecks;

/// <summary>The rule rows this module reads (seeded from <c>Seed/randomchecks.rules.json</c>), as set and key names.</summary>
internal static class RandomChecksRules
{
    /// <summary>How many working days the drawn targets have to be inspected in (when the task sets no date).</summary>
    public const string Deadline = "randomchecks.deadline";
    public const string InspectionWorkingDays = "inspection_working_days";

    /// <summary>An inspector who inspected an operator in the last N months is not drawn for it.</summary>
    public const string Recusal = "randomchecks.recusal";
    public const string RecentInspectionMonths = "recent_inspection_months";

    /// <summary>Inspections' team rule (at least N inspectors per inspection), read for the inspectors per target.</summary>
    public const string InspectionTeam = "inspections.team";
    public const string MinInspectors = "min_inspectors";

    /// <summary>Inspections' publication rule: a result is published within N working days of the inspection.</summary>
    public const string InspectionPublication = "inspections.publication";
    public const string PublicationWorkingDays = "working_days";
}
