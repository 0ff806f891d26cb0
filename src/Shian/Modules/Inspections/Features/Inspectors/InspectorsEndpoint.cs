using Shian.Shared.Kernel;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Inspections.Features.Inspectors;

internal static class InspectorsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/inspectors", async (InspectorEligibility e, CurrentUser user, string town, CancellationToken ct) =>
            {
                // The list names staff (id, user name, display name): only for a town inside the caller's own scope.
                if (user.TownCodePrefix is { } prefix && !town.StartsWith(prefix, StringComparison.Ordinal))
                {
                    throw ShianException.Forbidden(ErrorCodes.OutOfScope);
                }

                return TypedResults.Ok(await e.ForTownAsync(town, ct));
            })
            .WithName("Inspections.Inspectors").WithSummary("Inspectors whose jurisdiction covers a town (9-digit code) inside the caller's jurisdiction.")
            .RequireAuthorization(InspectionsPermissions.ConductPolicy)
            .Refuses(403, ErrorCodes.OutOfScope);
}
