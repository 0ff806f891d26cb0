using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Operators.Features.OperatorFile;

namespace Shian.Modules.Operators.Features.ManagePremises;

internal static class PremisesEndpoints
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/{id:guid}/premises", AddAsync).WithName("Operators.AddPremises")
            .WithSummary("Add a place of business (经营场所) with its own town and categories. The town must be in the caller's scope.")
            .RequireAuthorization(OperatorsPermissions.Write.Name);

    private static async Task<Created<OperatorDetails>> AddAsync(
        Guid id, PremisesForm form, PremisesEditor editor, OperatorFileQuery files, CancellationToken ct)
    {
        await editor.AddAsync(id, form, ct);
        return TypedResults.Created($"/api/v1/operators/{id}", (await files.GetAsync(id, ct))!);
    }
}
