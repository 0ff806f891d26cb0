namespace Shian.Modules.Administration.Contracts;

/// <summary>
/// Working days in mainland China: Monday to Friday, minus public holidays, plus make-up working days (调休),
/// from the administrator-maintained calendar table. Every statutory deadline is counted here.
/// </summary>
public interface IWorkingDayCalendar
{
    Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken ct);

    /// <summary>
    /// The date that is <paramref name="workingDays"/> working days after <paramref name="start"/>; the start day
    /// itself is not counted (a 20-working-day limit from a Friday decision starts on the next working day).
    /// </summary>
    Task<DateOnly> AddWorkingDaysAsync(DateOnly start, int workingDays, CancellationToken ct);

    /// <summary>Working days in the half-open range (<paramref name="from"/>, <paramref name="to"/>].</summary>
    Task<int> CountWorkingDaysAsync(DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>Forget the cache after an administrator edits the calendar.</summary>
    void Invalidate();
}
