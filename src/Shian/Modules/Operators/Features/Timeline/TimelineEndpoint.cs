using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.Operators.Features.Timeline;

internal static class TimelineEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/{id:guid}/timeline", TimelineAsync).WithName("Operators.Timeline")
            .WithSummary("Events on the operator's file, newest first.")
            .RequireAuthorization(OperatorsPermissions.ReadPolicy)
            .Refuses(404, OperatorsErrors.NotFound);

    private static async Task<Results<Ok<PagedList<TimelineItem>>, ProblemHttpResult>> TimelineAsync(
        Guid id, TimelineQuery query, int page = 1, int pageSize = PageRequest.DefaultPageSize, CancellationToken ct = default) =>
        await query.TimelineAsync(id, new PageRequest(page, pageSize), ct) is { } items
            ? TypedResults.Ok(items)
            : Problems.NotFound(OperatorsErrors.NotFound, Messages.Get(OperatorsErrors.NotFound));
}
