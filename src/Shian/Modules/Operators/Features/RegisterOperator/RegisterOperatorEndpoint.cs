using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Operators.Features.EditOperator;
using Shian.Modules.Operators.Features.OperatorFile;
using Shian.Shared.Web;

namespace Shian.Modules.Operators.Features.RegisterOperator;

internal static class RegisterOperatorEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/", CreateAsync).WithName("Operators.Create")
            .WithSummary("Register an operator's file. A failed credit-code check needs creditCodeOverrideReason.")
            .RequireAuthorization(OperatorsPermissions.WritePolicy)
            .Refuses(400, OperatorsErrors.CreditCodeInvalid)
            .Refuses(409, OperatorsErrors.CreditCodeTaken)
            .Refuses(422, OperatorsErrors.CreditCodeCheckFailed);

    private static async Task<Created<OperatorDetails>> CreateAsync(
        OperatorForm form, RegisterOperatorHandler handler, OperatorFileQuery query, CancellationToken ct)
    {
        var created = await handler.RegisterAsync(form, ct);
        return TypedResults.Created($"/api/v1/operators/{created.Id}", await query.GetAsync(created.Id, ct));
    }
}
