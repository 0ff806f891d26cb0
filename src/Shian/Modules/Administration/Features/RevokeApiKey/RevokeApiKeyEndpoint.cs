using Microsoft.AspNetCore.Http.HttpResults;

namespace Shian.Modules.Administration.Features.RevokeApiKey;

internal static class RevokeApiKeyEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapDelete("/api-keys/{id:guid}", HandleAsync).WithName("Administration.ApiKeys.Revoke").WithSummary("Revoke a key at once.")
            .RequireAuthorization(AdministrationPermissions.ApiKeysPolicy);

    private static async Task<Results<NoContent, NotFound>> HandleAsync(Guid id, ApiKeyRevocation revocation, CancellationToken ct) =>
        await revocation.RevokeAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
