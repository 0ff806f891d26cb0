using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Web;

namespace Shian.Modules.Administration.Features.WorkingDays;

internal static class DeadlineEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/calendar/deadline", HandleAsync).WithName("Administration.Calendar.Deadline")
            .WithSummary("The date a number of working days after a start date.")
            .RequireAuthorization(AdministrationPermissions.ReferencePolicy)
            .Refuses(400, AdministrationErrors.DeadlineOutOfRange);

    private static async Task<Ok<DeadlineView>> HandleAsync(DateOnly from, int workingDays, Deadlines deadlines, CancellationToken ct) =>
        TypedResults.Ok(await deadlines.DeadlineAsync(from, workingDays, ct));
}
