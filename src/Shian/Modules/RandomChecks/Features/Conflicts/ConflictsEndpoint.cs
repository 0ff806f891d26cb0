using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Web;

namespace Shian.Modules.RandomChecks.Features.Conflicts;

/// <summary>Conflict-of-interest declarations: list, declare, withdraw (see <see cref="ConflictRegister"/>).</summary>
internal static class ConflictsEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/conflicts", (ConflictRegister conflicts, CancellationToken ct) => conflicts.ListAsync(ct))
            .WithName("RandomChecks.Conflicts").WithSummary("Active conflict-of-interest declarations: an administrator sees those in scope, an inspector their own.")
            .RequireAuthorization(RandomChecksPermissions.ConflictsPolicy);
        api.MapPost("/conflicts", DeclareAsync)
            .WithName("RandomChecks.DeclareConflict").WithSummary("Declare a conflict of interest with an operator: the inspector is never drawn for it.")
            .RequireAuthorization(RandomChecksPermissions.ConflictsPolicy)
            .Refuses(400, RandomChecksErrors.NotAnInspector)
            .Refuses(403, RandomChecksErrors.NotAnInspector)
            .Refuses(404, RandomChecksErrors.OperatorNotFound);
        api.MapDelete("/conflicts/{id:guid}", WithdrawAsync)
            .WithName("RandomChecks.WithdrawConflict").WithSummary("Withdraw a declaration (kept in the ledger).")
            .RequireAuthorization(RandomChecksPermissions.ConflictsPolicy)
            .Refuses(403, RandomChecksErrors.NotAnInspector)
            .Refuses(404, RandomChecksErrors.ConflictNotFound);
    }

    private static async Task<Created<ConflictView>> DeclareAsync(DeclareConflictRequest request, ConflictRegister conflicts, CancellationToken ct)
    {
        var view = await conflicts.DeclareAsync(request, ct);
        return TypedResults.Created($"/api/v1/randomchecks/conflicts/{view.Id}", view);
    }

    private static async Task<NoContent> WithdrawAsync(Guid id, ConflictRegister conflicts, CancellationToken ct)
    {
        await conflicts.WithdrawAsync(id, ct);
        return TypedResults.NoContent();
    }
}
