using Microsoft.AspNetCore.Http.HttpResults;

namespace Shian.Modules.Administration.Features.ListCalendar;

internal static class ListCalendarEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/calendar/{year:int}", HandleAsync).WithName("Administration.Calendar.List")
            .WithSummary("Holidays and make-up working days of a year.")
            .RequireAuthorization(AdministrationPermissions.ReferencePolicy);

    private static async Task<Ok<List<CalendarDayView>>> HandleAsync(int year, CalendarYear calendar, CancellationToken ct) =>
        TypedResults.Ok(await calendar.ListAsync(year, ct));
}
