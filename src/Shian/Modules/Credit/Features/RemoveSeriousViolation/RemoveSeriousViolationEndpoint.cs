using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Web;

namespace Shian.Modules.Credit.Features.RemoveSeriousViolation;

internal static class RemoveSeriousViolationEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/serious-violations/{id:guid}/remove", HandleAsync).WithName("Credit.RemoveSeriousViolation")
            .WithSummary("Remove an entity from the list from a date, with a reason.")
            .Refuses(404, CreditErrors.NotFound)
            .RequireAuthorization(CreditPermissions.ManagePolicy);

    private static async Task<NoContent> HandleAsync(Guid id, RemoveSeriousViolationRequest request, RemoveSeriousViolationHandler handler, CancellationToken ct)
    {
        await handler.RemoveAsync(id, request.On!.Value, request.Reason!, ct);
        return TypedResults.NoContent();
    }
}
