using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Web;

namespace Shian.Modules.Operators.Features.RevealPersonalData;

internal static class RevealPersonalDataEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/{id:guid}/personal-data", RevealAsync).WithName("Operators.RevealPersonalData")
            .WithSummary("The full ID and phone numbers; the read and its purpose go to the audit ledger.")
            .RequireAuthorization(OperatorsPermissions.ReadPersonalDataPolicy)
            .Refuses(404, OperatorsErrors.NotFound);

    private static async Task<Ok<OperatorPersonalData>> RevealAsync(
        Guid id, RevealRequest request, PersonalDataReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.RevealAsync(id, request.Purpose!, ct));
}
