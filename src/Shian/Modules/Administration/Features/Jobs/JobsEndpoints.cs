using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Jobs;

namespace Shian.Modules.Administration.Features.Jobs;

/// <summary>Scheduled jobs: what ran when and how, and "run now" for an administrator.</summary>
internal static class JobsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var jobs = api.MapGroup("/jobs");
        jobs.MapGet("/", ListAsync).WithName("Administration.Jobs.List")
            .WithSummary("Every scheduled job with its interval, last run, outcome and progress.")
            .RequireAuthorization(AdministrationPermissions.ManageJobs.Name);
        jobs.MapPost("/{name}/run", RunAsync).WithName("Administration.Jobs.Run")
            .WithSummary("Run a job now (409 jobs.already_running if another node runs it); answers when it has finished.")
            .RequireAuthorization(AdministrationPermissions.ManageJobs.Name);
    }

    internal static async Task<Ok<IReadOnlyList<JobStateView>>> ListAsync(JobRunner runner, CancellationToken ct) =>
        TypedResults.Ok(await runner.ListAsync(ct));

    internal static async Task<Ok<JobStateView>> RunAsync(string name, JobRunner runner, CancellationToken ct) =>
        TypedResults.Ok(await runner.RunNowAsync(name, ct));
}
