using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Audit.Contracts;
using Shian.Shared.Web;

namespace Shian.Modules.Audit.Features.Checkpoints;

internal static class CheckpointEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/checkpoints", WriteAsync)
            .WithName("Audit.WriteCheckpoint")
            .WithSummary("Seal the completed days and sign a checkpoint of the current head now (database and append-only file).")
            .RequireAuthorization(AuditPermissions.CheckpointPolicy)
            .Refuses(409, AuditErrors.ChainBrokenNoCheckpoint)
            .Refuses(503, AuditErrors.CheckpointKeyMissing);

        api.MapGet("/checkpoints/latest", LatestAsync)
            .WithName("Audit.LatestCheckpoint")
            .WithSummary("The newest signed checkpoint, or 204 when none has been written.")
            .RequireAuthorization(AuditPermissions.VerifyPolicy);
    }

    private static async Task<Ok<CheckpointSummary>> WriteAsync(CheckpointWriter writer, CancellationToken ct) =>
        TypedResults.Ok(CheckpointStore.Summary(await writer.WriteHeadAsync(ct)));

    private static async Task<Results<Ok<CheckpointSummary>, NoContent>> LatestAsync(CheckpointStore store, CancellationToken ct) =>
        await store.LatestAsync(ct) is { } latest ? TypedResults.Ok(latest) : TypedResults.NoContent();
}
