using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features.Checks;

internal static class ChecksEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/checks", async (LicenceChecks checks, CancellationToken ct) => TypedResults.Ok(await checks.OpenChecksAsync(ct)))
            .WithName("Licensing.Checks").WithSummary("Open post-approval checks (commitment checks) of the caller's scope, earliest due first.")
            .RequireAuthorization(LicensingPermissions.ChecksPolicy);
        api.MapGet("/tasks", async (LicenceChecks checks, CancellationToken ct) => TypedResults.Ok(await checks.OpenTasksAsync(ct)))
            .WithName("Licensing.Tasks").WithSummary("Open post-approval checks and on-site verifications of the caller's scope.")
            .RequireAuthorization(LicensingPermissions.ChecksPolicy);
        api.MapPost("/checks/{id:guid}/outcome", async (Guid id, CheckOutcomeRequest request, LicenceChecks checks, CancellationToken ct) =>
                TypedResults.Ok(await checks.RecordCheckAsync(id, request, ct)))
            .WithName("Licensing.RecordCheck")
            .WithSummary("Record a post-approval check: Confirmed, or Discrepancies with notes (the licence is flagged for review). Inspector in scope.")
            .RequireAuthorization(LicensingPermissions.ChecksPolicy)
            .Refuses(404, LicensingErrors.CheckNotFound).Refuses(409, LicensingErrors.AlreadyRecorded);
        api.MapPost("/site-verifications/{id:guid}/outcome", async (Guid id, SiteVerificationOutcomeRequest request, LicenceChecks checks, CancellationToken ct) =>
                TypedResults.Ok(await checks.RecordSiteVerificationAsync(id, request, ct)))
            .WithName("Licensing.RecordSiteVerification").WithSummary("Record an on-site verification: passed or failed with notes. Inspector in scope.")
            .RequireAuthorization(LicensingPermissions.ChecksPolicy)
            .Refuses(404, LicensingErrors.SiteVerificationNotFound).Refuses(409, LicensingErrors.AlreadyRecorded);
    }
}
