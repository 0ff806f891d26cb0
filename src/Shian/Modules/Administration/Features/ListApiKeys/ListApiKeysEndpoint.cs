using Microsoft.AspNetCore.Http.HttpResults;

namespace Shian.Modules.Administration.Features.ListApiKeys;

internal static class ListApiKeysEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/api-keys/", HandleAsync).WithName("Administration.ApiKeys.List").WithSummary("All API keys (never their secrets).")
            .RequireAuthorization(AdministrationPermissions.ApiKeysPolicy);

    private static async Task<Ok<List<ApiKeyView>>> HandleAsync(ApiKeyList keys, CancellationToken ct) =>
        TypedResults.Ok(await keys.ListAsync(ct));
}
