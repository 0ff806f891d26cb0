using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Features.Calendar;

/// <summary>Maintains the holiday and make-up working day table; the page and the API both call this.</summary>
internal sealed class CalendarAdmin(ShianDbContext db, IWorkingDayCalendar calendar)
{
    public const int MaxDeadlineWorkingDays = 366;

    public Task<List<CalendarDayView>> ListAsync(int year, CancellationToken ct)
    {
        var from = new DateOnly(Math.Clamp(year, 1, 9998), 1, 1);
        var to = from.AddYears(1);
        return db.Set<CalendarDay>().AsNoTracking()
            .Where(d => d.Date >= from && d.Date < to).OrderBy(d => d.Date)
            .Select(d => new CalendarDayView(d.Date, d.Kind.ToString(), d.Name, d.Source)).ToListAsync(ct);
    }

    public async Task<DeadlineView> DeadlineAsync(DateOnly from, int workingDays, CancellationToken ct)
    {
        if (workingDays is < 0 or > MaxDeadlineWorkingDays)
        {
            throw new ShianException("administration.deadline_out_of_range", $"工作日数应在0–{MaxDeadlineWorkingDays}之间。", 400);
        }

        return new DeadlineView(from, workingDays, await calendar.AddWorkingDaysAsync(from, workingDays, ct));
    }

    /// <summary>Adds the date's override, or changes it; the calendar cache is reloaded.</summary>
    public async Task SetAsync(DateOnly date, SetCalendarDayRequest request, CancellationToken ct)
    {
        var day = await db.Set<CalendarDay>().FirstOrDefaultAsync(d => d.Date == date, ct);
        if (day is null)
        {
            day = new CalendarDay { Date = date };
            db.Add(day);
        }

        day.Kind = request.Kind!.Value;
        day.Name = request.Name!.Trim();
        day.Source = request.Source?.Trim() ?? "";
        await db.SaveChangesAsync(ct);
        calendar.Invalidate();
    }

    /// <summary>Removes the date's override (it follows the Monday–Friday rule again); false if there was none.</summary>
    public async Task<bool> RemoveAsync(DateOnly date, CancellationToken ct)
    {
        var day = await db.Set<CalendarDay>().FirstOrDefaultAsync(d => d.Date == date, ct);
        if (day is null)
        {
            return false;
        }

        db.Remove(day);
        await db.SaveChangesAsync(ct);
        calendar.Invalidate();
        return true;
    }
}
