using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Web;

namespace Shian.Modules.Credit.Features.LiftBan;

internal static class LiftBanEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/bans/{id:guid}/lift", HandleAsync).WithName("Credit.LiftBan").WithSummary("End a ban from a date, with a reason.")
            .Refuses(404, CreditErrors.NotFound)
            .RequireAuthorization(CreditPermissions.ManagePolicy);

    private static async Task<NoContent> HandleAsync(Guid id, LiftBanRequest request, LiftBanHandler handler, CancellationToken ct)
    {
        await handler.LiftAsync(id, request.On!.Value, request.Reason!, ct);
        return TypedResults.NoContent();
    }
}
