using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Features.Calendar;

internal static class CalendarEndpoints
{
    private const int MaxDeadlineWorkingDays = 366;

    public static void Map(RouteGroupBuilder api)
    {
        var calendar = api.MapGroup("/calendar");
        calendar.MapGet("/{year:int}", ListAsync).WithName("Administration.Calendar.List")
            .WithSummary("Holidays and make-up working days of a year.")
            .RequireAuthorization(AdministrationPermissions.ReadReference.Name);
        calendar.MapGet("/deadline", DeadlineAsync).WithName("Administration.Calendar.Deadline")
            .WithSummary("The date a number of working days after a start date.")
            .RequireAuthorization(AdministrationPermissions.ReadReference.Name);
        calendar.MapPut("/days/{date}", SetAsync).WithName("Administration.Calendar.Set")
            .WithSummary("Mark a date as holiday or make-up working day.")
            .RequireAuthorization(AdministrationPermissions.ManageCalendar.Name);
        calendar.MapDelete("/days/{date}", RemoveAsync).WithName("Administration.Calendar.Remove")
            .WithSummary("Remove a date's override; it follows the Monday–Friday rule again.")
            .RequireAuthorization(AdministrationPermissions.ManageCalendar.Name);
    }

    internal static async Task<Ok<List<CalendarDayView>>> ListAsync(int year, ShianDbContext db, CancellationToken ct)
    {
        var from = new DateOnly(Math.Clamp(year, 1, 9998), 1, 1);
        var to = from.AddYears(1);
        return TypedResults.Ok(await db.Set<CalendarDay>().AsNoTracking()
            .Where(d => d.Date >= from && d.Date < to).OrderBy(d => d.Date)
            .Select(d => new CalendarDayView(d.Date, d.Kind.ToString(), d.Name, d.Source)).ToListAsync(ct));
    }

    internal static async Task<Ok<DeadlineView>> DeadlineAsync(DateOnly from, int workingDays, IWorkingDayCalendar calendar, CancellationToken ct)
    {
        if (workingDays is < 0 or > MaxDeadlineWorkingDays)
        {
            throw new ShianException("administration.deadline_out_of_range", $"工作日数应在0–{MaxDeadlineWorkingDays}之间。", 400);
        }

        return TypedResults.Ok(new DeadlineView(from, workingDays, await calendar.AddWorkingDaysAsync(from, workingDays, ct)));
    }

    internal static async Task<NoContent> SetAsync(
        DateOnly date, SetCalendarDayRequest request, ShianDbContext db, IWorkingDayCalendar calendar, CancellationToken ct)
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
        return TypedResults.NoContent();
    }

    internal static async Task<Results<NoContent, NotFound>> RemoveAsync(
        DateOnly date, ShianDbContext db, IWorkingDayCalendar calendar, CancellationToken ct)
    {
        var day = await db.Set<CalendarDay>().FirstOrDefaultAsync(d => d.Date == date, ct);
        if (day is null)
        {
            return TypedResults.NotFound();
        }

        db.Remove(day);
        await db.SaveChangesAsync(ct);
        calendar.Invalidate();
        return TypedResults.NoContent();
    }
}

internal sealed class SetCalendarDayRequest
{
    [Required(ErrorMessage = "请选择类型（Holiday 放假 / Workday 调休上班）")]
    public CalendarDayKind? Kind { get; set; }

    [Required(ErrorMessage = "请填写节日名称")]
    [StringLength(50, ErrorMessage = "名称不能超过50个字符")]
    public string? Name { get; set; }

    [StringLength(200)]
    public string? Source { get; set; }
}

internal sealed record CalendarDayView(DateOnly Date, string Kind, string Name, string Source);

internal sealed record DeadlineView(DateOnly From, int WorkingDays, DateOnly Deadline);
