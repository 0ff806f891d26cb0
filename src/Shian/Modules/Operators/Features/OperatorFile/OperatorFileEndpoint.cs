using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.Operators.Features.OperatorFile;

internal static class OperatorFileEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/{id:guid}", GetAsync).WithName("Operators.Get")
            .WithSummary("The operator's file: data and premises.")
            .RequireAuthorization(OperatorsPermissions.ReadPolicy)
            .Refuses(404, OperatorsErrors.NotFound);

    private static async Task<Results<Ok<OperatorDetails>, ProblemHttpResult>> GetAsync(
        Guid id, OperatorFileQuery query, CancellationToken ct) =>
        await query.GetAsync(id, ct) is { } details
            ? TypedResults.Ok(details)
            : Problems.NotFound(OperatorsErrors.NotFound, Messages.Get(OperatorsErrors.NotFound));
}
