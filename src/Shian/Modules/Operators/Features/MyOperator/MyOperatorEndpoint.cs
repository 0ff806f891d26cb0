using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Operators.Features.OperatorFile;
using Shian.Shared.Web;

namespace Shian.Modules.Operators.Features.MyOperator;

/// <summary>The enterprise user's own operator: read it, and keep its contact data up to date.</summary>
internal static class MyOperatorEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/mine", GetAsync).WithName("Operators.Mine")
            .WithSummary("The enterprise user's own operator.")
            .RequireAuthorization(OperatorsPermissions.OwnPolicy)
            .Refuses(403, OperatorsErrors.NotAnEnterpriseUser)
            .Refuses(404, OperatorsErrors.NotFound);
        api.MapPut("/mine/contact", UpdateContactAsync).WithName("Operators.Mine.UpdateContact")
            .WithSummary("The enterprise user changes their own contact data (and nothing else).")
            .RequireAuthorization(OperatorsPermissions.OwnPolicy)
            .Refuses(403, OperatorsErrors.NotAnEnterpriseUser)
            .Refuses(404, OperatorsErrors.NotFound);
    }

    private static async Task<Ok<OperatorDetails>> GetAsync(MyOperatorService service, CancellationToken ct) =>
        TypedResults.Ok(await service.GetAsync(ct));

    private static async Task<Ok<OperatorDetails>> UpdateContactAsync(ContactForm form, MyOperatorService service, CancellationToken ct)
    {
        await service.UpdateContactAsync(form, ct);
        return TypedResults.Ok(await service.GetAsync(ct));
    }
}
