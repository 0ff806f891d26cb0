namespace Shian.Modules.RiskGrading.Domain;

/// <summary>
/// When a plan item's inspections fall due: n inspections in a year are spread evenly, the k-th due by the end
/// of month ⌈12k/n⌉ (1 → 31 Dec; 2 → 30 Jun, 31 Dec; 3 → 30 Apr, 31 Aug, 31 Dec; 4 → quarter ends).
/// Done = inspections recorded (InspectionCompleted) for the operator in the plan year; overdue = fewer done than
/// due dates already past; the full-coverage requirement needs one inspection that is not a partial kind.
/// </summary>
internal static class PlanSchedule
{
    public const string Done = "done";
    public const string Due = "due";
    public const string Overdue = "overdue";

    public static readonly string[] Statuses = [Due, Overdue, Done];

    public static IReadOnlyList<DateOnly> DueDates(int year, int required)
    {
        var dates = new List<DateOnly>(required);
        for (var k = 1; k <= required; k++)
        {
            var month = (int)Math.Ceiling(12.0 * k / required);
            dates.Add(new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
        }

        return dates;
    }

    public static (string Status, DateOnly? NextDue) StatusOf(int year, int required, bool fullRequired, int done, int fullDone, DateOnly today)
    {
        var dates = DueDates(year, required);
        if (done >= required && (!fullRequired || fullDone > 0))
        {
            return (Done, null);
        }

        var next = dates[Math.Min(done, dates.Count - 1)];
        var passed = dates.Count(d => d < today);
        var overdue = done < passed || (fullRequired && fullDone == 0 && dates[^1] < today);
        return (overdue ? Overdue : Due, next);
    }
}
