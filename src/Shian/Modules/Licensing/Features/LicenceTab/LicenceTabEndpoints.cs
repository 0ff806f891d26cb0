namespace Shian.Modules.Licensing.Features.LicenceTab;

internal static class LicenceTabEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/operators/{operatorId:guid}/licences", async (Guid operatorId, OperatorLicensing licensing, CancellationToken ct) =>
                TypedResults.Ok(await licensing.ForOperatorAsync(operatorId, ct)))
            .WithName("Licensing.OperatorLicences").WithSummary("An operator's licences. Staff in scope; enterprise user for its own operator (others: empty).")
            .RequireAuthorization(LicensingPermissions.ReadPolicy);
        api.MapGet("/operators/{operatorId:guid}/applications", async (Guid operatorId, OperatorLicensing licensing, CancellationToken ct) =>
                TypedResults.Ok(await licensing.ApplicationsAsync(operatorId, ct)))
            .WithName("Licensing.OperatorApplications").WithSummary("An operator's applications with status. Staff in scope; enterprise user for its own operator (others: empty).")
            .RequireAuthorization(LicensingPermissions.ReadPolicy);
    }
}
