using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Administration.Domain;

namespace Shian.Modules.Administration.Features.Calendar;

internal static class CalendarEndpoints
{
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

    internal static async Task<Ok<List<CalendarDayView>>> ListAsync(int year, CalendarAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.ListAsync(year, ct));

    internal static async Task<Ok<DeadlineView>> DeadlineAsync(DateOnly from, int workingDays, CalendarAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.DeadlineAsync(from, workingDays, ct));

    internal static async Task<NoContent> SetAsync(DateOnly date, SetCalendarDayRequest request, CalendarAdmin admin, CancellationToken ct)
    {
        await admin.SetAsync(date, request, ct);
        return TypedResults.NoContent();
    }

    internal static async Task<Results<NoContent, NotFound>> RemoveAsync(DateOnly date, CalendarAdmin admin, CancellationToken ct) =>
        await admin.RemoveAsync(date, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

/// <summary>The API body; the page's <see cref="CalendarDayForm"/> adds the date, which the API takes from the route.</summary>
internal class SetCalendarDayRequest
{
    [Required(ErrorMessage = "请选择类型（Holiday 放假 / Workday 调休上班）")]
    public CalendarDayKind? Kind { get; set; }

    [Required(ErrorMessage = "请填写节日名称")]
    [StringLength(50, ErrorMessage = "名称不能超过50个字符")]
    public string? Name { get; set; }

    [StringLength(200, ErrorMessage = "来源不能超过200个字符")]
    public string? Source { get; set; }
}

internal sealed class CalendarDayForm : SetCalendarDayRequest
{
    [Required(ErrorMessage = "请填写日期")]
    public DateOnly? Date { get; set; }
}

internal sealed record CalendarDayView(DateOnly Date, string Kind, string Name, string Source);

internal sealed record DeadlineView(DateOnly From, int WorkingDays, DateOnly Deadline);
