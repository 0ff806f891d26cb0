using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Features.ListCalendar;

/// <summary>The holidays and make-up working days of a year; the page and the API both call this.</summary>
internal sealed class CalendarYear(ShianDbContext db)
{
    public Task<List<CalendarDayView>> ListAsync(int year, CancellationToken ct)
    {
        var from = new DateOnly(Math.Clamp(year, 1, 9998), 1, 1);
        var to = from.AddYears(1);
        return db.Set<CalendarDay>().AsNoTracking()
            .Where(d => d.Date >= from && d.Date < to).OrderBy(d => d.Date)
            .Select(d => new CalendarDayView(d.Date, d.Kind.ToString(), d.Name, d.Source)).ToListAsync(ct);
    }
}

internal sealed record CalendarDayView(DateOnly Date, string Kind, string Name, string Source);
