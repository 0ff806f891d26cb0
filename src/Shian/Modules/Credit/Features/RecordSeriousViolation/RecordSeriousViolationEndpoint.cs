using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Credit.Features.RecordBan;

namespace Shian.Modules.Credit.Features.RecordSeriousViolation;

internal static class RecordSeriousViolationEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/serious-violations", HandleAsync).WithName("Credit.AddSeriousViolation").WithSummary("List an entity.")
            .RequireAuthorization(CreditPermissions.ManagePolicy);

    private static async Task<Created<IdView>> HandleAsync(AddListingRequest request, RecordSeriousViolationHandler handler, CancellationToken ct)
    {
        var id = await handler.RecordAsync(request, ct);
        return TypedResults.Created($"/api/v1/credit/serious-violations/{id}", new IdView(id));
    }
}
