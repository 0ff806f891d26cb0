using Shian.Shared.Kernel;

namespace Shian.Modules.RandomChecks.Features.Assignments;

internal static class MyAssignmentsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/assignments/mine", (int? page, MyAssignments assignments, CancellationToken ct) =>
                assignments.ListAsync(new PageRequest(page ?? 1), ct))
            .WithName("RandomChecks.MyAssignments").WithSummary("The caller's drawn targets, open first, earliest due first.")
            .RequireAuthorization(RandomChecksPermissions.AssignmentsPolicy);
}
