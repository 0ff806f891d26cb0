using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;

namespace Shian.Modules.Operators.Features.SearchOperators;

internal static class SearchOperatorsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/", SearchAsync).WithName("Operators.Search")
            .WithSummary("Search operators by name, credit code, address or legal representative within the caller's jurisdiction.")
            .RequireAuthorization(OperatorsPermissions.ReadPolicy);

    private static async Task<Ok<PagedList<OperatorListItem>>> SearchAsync(
        [AsParameters] OperatorSearchRequest request, OperatorSearch search, CancellationToken ct) =>
        TypedResults.Ok(await search.SearchAsync(request, ct));
}
