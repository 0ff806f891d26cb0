using Shian.Modules.Administration.Contracts;
using Shian.Shared.Kernel;

namespace Shian.Modules.Administration.Features.WorkingDays;

/// <summary>The date a number of working days after a start date; the calendar page and the API both call this.</summary>
internal sealed class Deadlines(IWorkingDayCalendar calendar)
{
    public const int MaxDeadlineWorkingDays = 366;

    public async Task<DeadlineView> DeadlineAsync(DateOnly from, int workingDays, CancellationToken ct)
    {
        if (workingDays is < 0 or > MaxDeadlineWorkingDays)
        {
            throw ShianException.Invalid(AdministrationErrors.DeadlineOutOfRange, nameof(workingDays), MaxDeadlineWorkingDays);
        }

        return new DeadlineView(from, workingDays, await calendar.AddWorkingDaysAsync(from, workingDays, ct));
    }
}

internal sealed record DeadlineView(DateOnly From, int WorkingDays, DateOnly Deadline);
