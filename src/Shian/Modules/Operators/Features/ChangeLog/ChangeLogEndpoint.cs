using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Audit.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.Operators.Features.ChangeLog;

internal static class ChangeLogEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/{id:guid}/audit", AuditAsync).WithName("Operators.Audit")
            .WithSummary("Ledger entries about the operator and its premises.")
            .RequireAuthorization(OperatorsPermissions.ReadPolicy)
            .Refuses(404, OperatorsErrors.NotFound);

    private static async Task<Results<Ok<PagedList<AuditEntrySummary>>, ProblemHttpResult>> AuditAsync(
        Guid id, ChangeLogQuery query, int page = 1, int pageSize = PageRequest.DefaultPageSize, CancellationToken ct = default) =>
        await query.ChangesAsync(id, new PageRequest(page, pageSize), ct) is { } entries
            ? TypedResults.Ok(entries)
            : Problems.NotFound(OperatorsErrors.NotFound, Messages.Get(OperatorsErrors.NotFound));
}
