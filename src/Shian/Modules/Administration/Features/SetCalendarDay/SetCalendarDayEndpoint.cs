using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Administration.Domain;

namespace Shian.Modules.Administration.Features.SetCalendarDay;

/// <summary>A date's override: set it (holiday or make-up working day) or remove it.</summary>
internal static class SetCalendarDayEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPut("/calendar/days/{date}", SetAsync).WithName("Administration.Calendar.Set")
            .WithSummary("Mark a date as holiday or make-up working day.")
            .RequireAuthorization(AdministrationPermissions.CalendarPolicy);
        api.MapDelete("/calendar/days/{date}", RemoveAsync).WithName("Administration.Calendar.Remove")
            .WithSummary("Remove a date's override; it follows the Monday–Friday rule again.")
            .RequireAuthorization(AdministrationPermissions.CalendarPolicy);
    }

    private static async Task<NoContent> SetAsync(DateOnly date, SetCalendarDayRequest request, CalendarDays days, CancellationToken ct)
    {
        await days.SetAsync(date, request, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Results<NoContent, NotFound>> RemoveAsync(DateOnly date, CalendarDays days, CancellationToken ct) =>
        await days.RemoveAsync(date, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

/// <summary>The API body; the page's <see cref="CalendarDayForm"/> adds the date, which the API takes from the route.</summary>
internal class SetCalendarDayRequest
{
    [Required(ErrorMessage = "administration.calendar_kind_required")]
    public CalendarDayKind? Kind { get; set; }

    [Required(ErrorMessage = "administration.calendar_name_required")]
    [StringLength(50, ErrorMessage = "administration.calendar_name_too_long")]
    public string? Name { get; set; }

    [StringLength(200, ErrorMessage = "administration.calendar_source_too_long")]
    public string? Source { get; set; }
}

internal sealed class CalendarDayForm : SetCalendarDayRequest
{
    [Required(ErrorMessage = "administration.calendar_date_required")]
    public DateOnly? Date { get; set; }
}
