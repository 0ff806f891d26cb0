using Microsoft.AspNetCore.Http.HttpResults;

namespace Shian.Modules.Operators.Features.CheckCreditCode;

internal static class CheckCreditCodeEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/credit-code-check", Check).WithName("Operators.CheckCreditCode")
            .WithSummary("Check a unified social credit code against GB 32100 without saving anything.")
            .RequireAuthorization(OperatorsPermissions.ReadPolicy);

    private static Ok<CreditCodeCheckResult> Check(CreditCodeCheckRequest request) =>
        TypedResults.Ok(CreditCodeCheckResult.For(request.Code!));
}
