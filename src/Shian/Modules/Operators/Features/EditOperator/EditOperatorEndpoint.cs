using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Operators.Features.OperatorFile;
using Shian.Shared.Web;

namespace Shian.Modules.Operators.Features.EditOperator;

internal static class EditOperatorEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPut("/{id:guid}", UpdateAsync).WithName("Operators.Update")
            .WithSummary("Edit an operator. Send the version you read; a newer stored version gives 409.")
            .RequireAuthorization(OperatorsPermissions.WritePolicy)
            .Refuses(400, OperatorsErrors.CreditCodeInvalid)
            .Refuses(404, OperatorsErrors.NotFound)
            .Refuses(409, OperatorsErrors.StaleVersion, OperatorsErrors.CreditCodeTaken)
            .Refuses(422, OperatorsErrors.CreditCodeCheckFailed);

    private static async Task<Ok<OperatorDetails>> UpdateAsync(
        Guid id, OperatorForm form, EditOperatorHandler handler, OperatorFileQuery query, CancellationToken ct)
    {
        await handler.UpdateAsync(id, form, ct);
        return TypedResults.Ok((await query.GetAsync(id, ct))!);
    }
}
