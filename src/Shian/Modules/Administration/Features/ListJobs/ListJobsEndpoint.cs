using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Jobs;

namespace Shian.Modules.Administration.Features.ListJobs;

/// <summary>Scheduled jobs: what ran when and how.</summary>
internal static class ListJobsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/jobs/", HandleAsync).WithName("Administration.Jobs.List")
            .WithSummary("Every scheduled job with its interval, last run, outcome and progress.")
            .RequireAuthorization(AdministrationPermissions.JobsPolicy);

    private static async Task<Ok<IReadOnlyList<JobStateView>>> HandleAsync(JobRunner runner, CancellationToken ct) =>
        TypedResults.Ok(await runner.ListAsync(ct));
}
