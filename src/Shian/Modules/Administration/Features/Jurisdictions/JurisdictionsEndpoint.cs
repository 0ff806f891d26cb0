using Shian.Modules.Administration.Contracts;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Administration.Features.Jurisdictions;

internal static class JurisdictionsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/jurisdictions", async (IJurisdictionDirectory directory, CancellationToken ct) =>
                TypedResults.Ok(await directory.AllAsync(ct)))
            .WithName("Administration.Jurisdictions")
            .WithSummary("The city, its districts and towns with codes and populations (public reference data).")
            .AnonymousByDesign("public reference data: codes and names of places")
            .RequireRateLimiting(RateLimits.Anonymous);
}
