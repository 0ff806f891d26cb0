using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Features.WorkingDays;

/// <summary>
/// Singleton: the override table is small (a few dozen rows a year) so it is held in memory and reloaded
/// after an edit. Dates without an override follow the Monday–Friday rule.
/// </summary>
internal sealed class WorkingDayCalendar(IServiceScopeFactory scopes) : IWorkingDayCalendar
{
    /// <summary>A deadline further than this is a bug in the caller, not a real statutory limit.</summary>
    private const int MaxSpanDays = 3660;

    private volatile Dictionary<DateOnly, CalendarDayKind>? _overrides;

    public async Task<bool> IsWorkingDayAsync(DateOnly date, CancellationToken ct) =>
        IsWorkingDay(await OverridesAsync(ct), date);

    public async Task<DateOnly> AddWorkingDaysAsync(DateOnly start, int workingDays, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        var overrides = await OverridesAsync(ct);
        var date = start;
        for (var counted = 0; counted < workingDays;)
        {
            date = date.AddDays(1);
            if (date.DayNumber - start.DayNumber > MaxSpanDays)
            {
                throw new ArgumentOutOfRangeException(nameof(workingDays), "Deadline spans more than ten years.");
            }

            if (IsWorkingDay(overrides, date))
            {
                counted++;
            }
        }

        return date;
    }

    public async Task<int> CountWorkingDaysAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (to <= from)
        {
            return 0;
        }

        if (to.DayNumber - from.DayNumber > MaxSpanDays)
        {
            throw new ArgumentOutOfRangeException(nameof(to), "Range spans more than ten years.");
        }

        var overrides = await OverridesAsync(ct);
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            count += IsWorkingDay(overrides, date) ? 1 : 0;
        }

        return count;
    }

    public void Invalidate() => _overrides = null;

    private static bool IsWorkingDay(Dictionary<DateOnly, CalendarDayKind> overrides, DateOnly date) =>
        overrides.TryGetValue(date, out var kind)
            ? kind == CalendarDayKind.Workday
            : date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private async Task<Dictionary<DateOnly, CalendarDayKind>> OverridesAsync(CancellationToken ct)
    {
        if (_overrides is { } cached)
        {
            return cached;
        }

        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        var loaded = await db.Set<CalendarDay>().AsNoTracking().ToDictionaryAsync(d => d.Date, d => d.Kind, ct);
        _overrides = loaded;
        return loaded;
    }
}
