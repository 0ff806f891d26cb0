using Microsoft.AspNetCore.Http.HttpResults;

namespace Shian.Modules.Credit.Features.BrowseLists;

internal static class BrowseListsEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/bans", BansAsync)
            .WithName("Credit.Bans").WithSummary("People barred from food business roles (ID numbers masked).")
            .RequireAuthorization(CreditPermissions.ReadPolicy);
        api.MapGet("/serious-violations", ListingsAsync)
            .WithName("Credit.SeriousViolations").WithSummary("The serious-violation list.")
            .RequireAuthorization(CreditPermissions.ReadPolicy);
    }

    private static async Task<Ok<List<BanView>>> BansAsync(CreditLists lists, CancellationToken ct) => TypedResults.Ok(await lists.BansAsync(ct));

    private static async Task<Ok<List<ListingView>>> ListingsAsync(CreditLists lists, CancellationToken ct) => TypedResults.Ok(await lists.ListingsAsync(ct));
}
