using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Features.SetCalendarDay;

/// <summary>Sets or removes a date's override (holiday or make-up working day); the page and the API both call this.</summary>
internal sealed class CalendarDays(ShianDbContext db, IWorkingDayCalendar calendar)
{
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
