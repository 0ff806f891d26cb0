using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.RandomChecks.Features.Tasks;
using Shian.Shared.Web;

namespace Shian.Modules.RandomChecks.Features.Draw;

/// <summary>Commit (freeze the pool, publish the seed's hash) and draw: the two steps of one draw (see <see cref="Draws"/>).</summary>
internal static class DrawEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/tasks/{id:guid}/commit", CommitAsync)
            .WithName("RandomChecks.Commit")
            .WithSummary("Freeze the pool and publish SHA-256 of a new secret seed. A second commitment (re-draw) needs a reason and supersedes the previous round.")
            .RequireAuthorization(RandomChecksPermissions.ManagePolicy)
            .Refuses(400, RandomChecksErrors.ReasonRequired)
            .Refuses(404, RandomChecksErrors.TaskNotFound)
            .Refuses(409, RandomChecksErrors.ResultsExist)
            .Refuses(422, RandomChecksErrors.EmptyPool, RandomChecksErrors.CountExceedsPool, RandomChecksErrors.NotEnoughInspectors);
        api.MapPost("/tasks/{id:guid}/draw", (Guid id, Draws draws, CancellationToken ct) => draws.DrawAsync(id, ct))
            .WithName("RandomChecks.Draw").WithSummary("Draw the committed round, reveal its seed and create the assignments.")
            .RequireAuthorization(RandomChecksPermissions.ManagePolicy)
            .Refuses(404, RandomChecksErrors.TaskNotFound)
            .Refuses(409, RandomChecksErrors.NotCommitted, RandomChecksErrors.AlreadyDrawn, RandomChecksErrors.PoolTampered)
            .Refuses(422, RandomChecksErrors.NotEnoughInspectors);
    }

    private static async Task<Created<RoundView>> CommitAsync(Guid id, CommitRequest? request, Draws draws, CancellationToken ct) =>
        TypedResults.Created($"/api/v1/randomchecks/tasks/{id}", await draws.CommitAsync(id, request?.Reason, ct));
}

/// <summary>The reason is required for every commitment after the first (a re-draw).</summary>
internal sealed class CommitRequest
{
    [StringLength(500, ErrorMessage = "randomchecks.reason_too_long")]
    public string? Reason { get; set; }
}
