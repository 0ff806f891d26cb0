using Shian.Modules.Audit.Contracts;

namespace Shian.Modules.Audit.Features.VerifyChain;

internal static class VerifyChainEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/verify", async (IAuditTrail trail, CancellationToken ct) => TypedResults.Ok(await trail.VerifyAsync(ct)))
            .WithName("Audit.Verify")
            .WithSummary("Verify the whole audit chain; names the first altered or missing entry.")
            .RequireAuthorization(AuditPermissions.VerifyPolicy);
}
