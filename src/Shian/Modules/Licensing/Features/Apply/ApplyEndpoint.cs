using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features.Apply;

internal static class ApplyEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/applications", SubmitAsync).WithName("Licensing.Submit")
            .WithSummary("Apply for a new food business licence; decided at once (instant approval) or sent to review. Enterprise user for its own operator; Inspector/Administrator in scope.")
            .RequireAuthorization(LicensingPermissions.ApplyPolicy)
            .Refuses(422, ErrorCodes.IdempotencyKeyReused).Refuses(400, LicensingErrors.IdempotencyKeyRequired, LicensingErrors.OperatorRequired, LicensingErrors.UnknownTown,
                LicensingErrors.UnknownBusinessType, LicensingErrors.UnknownItem, LicensingErrors.MaterialNotFound)
            .Refuses(403, LicensingErrors.NotYourOperator, LicensingErrors.UserUnknown)
            .Refuses(404, LicensingErrors.OperatorNotFound)
            .Refuses(409, LicensingErrors.SequenceExhausted);
        api.MapGet("/applications/{id:guid}", GetApplicationAsync).WithName("Licensing.Application")
            .WithSummary("An application with its decision and every evaluated rule. Staff in scope; enterprise user for its own operator.")
            .RequireAuthorization(LicensingPermissions.ReadPolicy)
            .Refuses(404, LicensingErrors.ApplicationNotFound);
    }

    private static async Task<Results<Created<ApplicationView>, Ok<ApplicationView>>> SubmitAsync(
        ApplyRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, LicenceApplications applications, CancellationToken ct)
    {
        var (view, replayed) = await applications.SubmitAsync(request, idempotencyKey, ct);
        return replayed ? TypedResults.Ok(view) : TypedResults.Created($"/api/v1/licensing/applications/{view.Id}", view);
    }

    private static async Task<Results<Ok<ApplicationView>, ProblemHttpResult>> GetApplicationAsync(
        Guid id, LicenceApplications applications, CancellationToken ct) =>
        await applications.FindAsync(id, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound(LicensingErrors.ApplicationNotFound, Messages.Get(LicensingErrors.ApplicationNotFound));
}
