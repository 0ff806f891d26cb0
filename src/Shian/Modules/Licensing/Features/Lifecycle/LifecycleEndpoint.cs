using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features.Lifecycle;

/// <summary>The lifecycle API: change, renewal, replacement and cancellation of an existing licence (one use case, four kinds).</summary>
internal static class LifecycleEndpoint
{
    private const string Who = "Enterprise user for its own operator's licence; Inspector/Administrator for licences in scope.";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/licences/{number}/changes", (string number, ChangeRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? key, LifecycleApplications apps, CancellationToken ct) =>
                SubmitAsync(apps, number, ApplicationKind.Change, request, key, ct))
            .WithName("Licensing.Change").WithSummary($"Change: name, legal representative or business items; a new premises address is refused (new licence). {Who}")
            .RequireAuthorization(LicensingPermissions.ApplyPolicy)
            .Refuses(400, LicensingErrors.NothingToChange, LicensingErrors.UnknownItem).Refuses(422, LicensingErrors.PremisesChangeNeedsNewLicence)
            .Refuses(422, ErrorCodes.IdempotencyKeyReused).Refuses(400, LicensingErrors.IdempotencyKeyRequired).Refuses(403, LicensingErrors.NotYourLicence, LicensingErrors.UserUnknown)
            .Refuses(404, LicensingErrors.LicenceNotFound).Refuses(409, LicensingErrors.LicenceStateForbids, LicensingErrors.ApplicationPending);
        api.MapPost("/licences/{number}/renewals", (string number, RenewalRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? key, LifecycleApplications apps, CancellationToken ct) =>
                SubmitAsync(apps, number, ApplicationKind.Renewal, request, key, ct))
            .WithName("Licensing.Renew").WithSummary($"Renewal inside the renewal window: same number, new validity period. {Who}")
            .RequireAuthorization(LicensingPermissions.ApplyPolicy)
            .Refuses(409, LicensingErrors.OutsideRenewalWindow)
            .Refuses(422, ErrorCodes.IdempotencyKeyReused).Refuses(400, LicensingErrors.IdempotencyKeyRequired).Refuses(403, LicensingErrors.NotYourLicence, LicensingErrors.UserUnknown)
            .Refuses(404, LicensingErrors.LicenceNotFound).Refuses(409, LicensingErrors.LicenceStateForbids, LicensingErrors.ApplicationPending);
        api.MapPost("/licences/{number}/replacements", (string number, ReplacementRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? key, LifecycleApplications apps, CancellationToken ct) =>
                SubmitAsync(apps, number, ApplicationKind.Replacement, request, key, ct))
            .WithName("Licensing.Replace").WithSummary($"Replacement of a lost or damaged certificate: same number, new document. {Who}")
            .RequireAuthorization(LicensingPermissions.ApplyPolicy)
            .Refuses(422, ErrorCodes.IdempotencyKeyReused).Refuses(400, LicensingErrors.IdempotencyKeyRequired).Refuses(403, LicensingErrors.NotYourLicence, LicensingErrors.UserUnknown)
            .Refuses(404, LicensingErrors.LicenceNotFound).Refuses(409, LicensingErrors.LicenceStateForbids, LicensingErrors.ApplicationPending);
        api.MapPost("/licences/{number}/cancellations", (string number, CancellationRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? key, LifecycleApplications apps, CancellationToken ct) =>
                SubmitAsync(apps, number, ApplicationKind.Cancellation, request, key, ct))
            .WithName("Licensing.Cancel").WithSummary($"Cancellation: the licence becomes Cancelled (the public page says so). {Who}")
            .RequireAuthorization(LicensingPermissions.ApplyPolicy)
            .Refuses(422, ErrorCodes.IdempotencyKeyReused).Refuses(400, LicensingErrors.IdempotencyKeyRequired).Refuses(403, LicensingErrors.NotYourLicence, LicensingErrors.UserUnknown)
            .Refuses(404, LicensingErrors.LicenceNotFound).Refuses(409, LicensingErrors.LicenceStateForbids, LicensingErrors.ApplicationPending);
    }

    private static async Task<Results<Created<ApplicationView>, Ok<ApplicationView>>> SubmitAsync(
        LifecycleApplications apps, string number, ApplicationKind kind, LifecycleRequest request, string? key, CancellationToken ct)
    {
        var (view, replayed) = await apps.SubmitAsync(number, kind, request, key, ct);
        return replayed ? TypedResults.Ok(view) : TypedResults.Created($"/api/v1/licensing/applications/{view.Id}", view);
    }
}
