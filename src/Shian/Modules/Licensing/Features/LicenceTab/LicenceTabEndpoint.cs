using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features.LicenceTab;

internal static class LicenceTabEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/licences/{number}", GetLicenceAsync).WithName("Licensing.Licence")
            .WithSummary("A licence by number. Staff in scope; enterprise user for its own operator.")
            .RequireAuthorization(LicensingPermissions.ReadPolicy)
            .Refuses(404, LicensingErrors.LicenceNotFound);
        api.MapGet("/operators/{operatorId:guid}/licences", async (Guid operatorId, OperatorLicensing licensing, CancellationToken ct) =>
                TypedResults.Ok(await licensing.ForOperatorAsync(operatorId, ct)))
            .WithName("Licensing.OperatorLicences").WithSummary("An operator's licences. Staff in scope; enterprise user for its own operator (others: empty).")
            .RequireAuthorization(LicensingPermissions.ReadPolicy);
        api.MapGet("/operators/{operatorId:guid}/applications", async (Guid operatorId, OperatorLicensing licensing, CancellationToken ct) =>
                TypedResults.Ok(await licensing.ApplicationsAsync(operatorId, ct)))
            .WithName("Licensing.OperatorApplications").WithSummary("An operator's applications with status. Staff in scope; enterprise user for its own operator (others: empty).")
            .RequireAuthorization(LicensingPermissions.ReadPolicy);
    }

    private static async Task<Results<Ok<LicenceView>, ProblemHttpResult>> GetLicenceAsync(
        string number, OperatorLicensing licensing, CancellationToken ct) =>
        await licensing.FindLicenceAsync(number, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound(LicensingErrors.LicenceNotFound, Messages.Get(LicensingErrors.LicenceNotFound));
}
