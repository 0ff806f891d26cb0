using Shian.Shared.Kernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features;

internal static class LicensingEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/applications", SubmitAsync).WithName("Licensing.Submit")
            .WithSummary("Apply for a new food business licence; decided at once (instant approval) or sent to review. Enterprise user for its own operator; Inspector/Administrator in scope.")
            .RequireAuthorization(LicensingPermissions.ApplyPolicy);
        api.MapGet("/applications/{id:guid}", GetApplicationAsync).WithName("Licensing.Application")
            .WithSummary("An application with its decision and every evaluated rule. Staff in scope; enterprise user for its own operator.")
            .RequireAuthorization(LicensingPermissions.ReadPolicy);
        api.MapGet("/licences/{number}", GetLicenceAsync).WithName("Licensing.Licence")
            .WithSummary("A licence by number. Staff in scope; enterprise user for its own operator.")
            .RequireAuthorization(LicensingPermissions.ReadPolicy);
        api.MapGet("/checks", async (LicensingQueries queries, CancellationToken ct) => TypedResults.Ok(await queries.OpenChecksAsync(ct)))
            .WithName("Licensing.Checks").WithSummary("Open post-approval checks (commitment checks) of the caller's scope, earliest due first.")
            .RequireAuthorization(LicensingPermissions.ChecksPolicy);
        api.MapGet("/verify/{number}", VerifyAsync).WithName("Licensing.Verify")
            .WithSummary("Public check of a licence: status, holder, validity. Anyone; rate-limited.")
            .AnonymousByDesign("anyone checks a licence by its number (public registry)").RequireRateLimiting(RateLimits.Anonymous);
    }

    private static async Task<Results<Created<ApplicationView>, Ok<ApplicationView>>> SubmitAsync(
        ApplyRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, LicenceApplications applications, CancellationToken ct)
    {
        var (view, replayed) = await applications.SubmitAsync(request, idempotencyKey, ct);
        return replayed ? TypedResults.Ok(view) : TypedResults.Created($"/api/v1/licensing/applications/{view.Id}", view);
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> GetApplicationAsync(
        Guid id, LicenceApplications applications, CancellationToken ct) =>
        await applications.FindAsync(id, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound(LicensingErrors.ApplicationNotFound, Messages.Get(LicensingErrors.ApplicationNotFound));

    private static async Task<Results<Ok<LicenceView>, ProblemHttpResult>> GetLicenceAsync(
        string number, LicensingQueries queries, CancellationToken ct) =>
        await queries.FindLicenceAsync(number, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound(LicensingErrors.LicenceNotFound, Messages.Get(LicensingErrors.LicenceNotFound));

    private static async Task<Results<Ok<VerifiedLicence>, ProblemHttpResult>> VerifyAsync(
        string number, LicensingQueries queries, CancellationToken ct) =>
        await queries.VerifyAsync(number, ct) is { } licence
            ? TypedResults.Ok(licence)
            : Problems.NotFound(LicensingErrors.LicenceNotFound, Messages.Get("licensing.licence_number_unknown"));
}
