using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Jobs;

namespace Shian.Modules.Administration.Features.RunJob;

/// <summary>"Run now" for an administrator.</summary>
internal static class RunJobEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/jobs/{name}/run", HandleAsync).WithName("Administration.Jobs.Run")
            .WithSummary("Run a job now (409 jobs.already_running if another node runs it); answers when it has finished.")
            .RequireAuthorization(AdministrationPermissions.JobsPolicy);

    private static async Task<Ok<JobStateView>> HandleAsync(string name, JobRunner runner, CancellationToken ct) =>
        TypedResults.Ok(await runner.RunNowAsync(name, ct));
}
