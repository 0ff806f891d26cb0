using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Operators.Features.OperatorFile;
using Shian.Shared.Web;

namespace Shian.Modules.Operators.Features.AddPremises;

internal static class AddPremisesEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/{id:guid}/premises", AddAsync).WithName("Operators.AddPremises")
            .WithSummary("Add a place of business (premises) with its own town and categories. The town must be in the caller's scope.")
            .RequireAuthorization(OperatorsPermissions.WritePolicy)
            .Refuses(404, OperatorsErrors.NotFound);

    private static async Task<Created<OperatorDetails>> AddAsync(
        Guid id, PremisesForm form, AddPremisesHandler handler, OperatorFileQuery files, CancellationToken ct)
    {
        await handler.AddAsync(id, form, ct);
        return TypedResults.Created($"/api/v1/operators/{id}", (await files.GetAsync(id, ct))!);
    }
}
