using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Shian.Modules.Registration.Features.Status;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Registration.Features.Submit;

/// <summary>A registration is filed online by anyone, or by staff at a registration counter (窗口代办).</summary>
internal static class SubmitEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/public/applications", SubmitPublicAsync).WithName("Registration.SubmitPublic")
            .WithSummary("Register a market entity online (anyone; rate-limited). Needs a random Idempotency-Key of 16–100 characters; answers a tracking number and secret.")
            .AnonymousByDesign("anyone registers a market entity online (rate-limited, idempotent)").RequireRateLimiting(RateLimits.PublicForms)
            .Refuses(400, RegistrationErrors.IdempotencyKeyRequired)
            .Refuses(409, RegistrationErrors.SequenceExhausted).Refuses(422, ErrorCodes.IdempotencyKeyReused);
        api.MapPost("/applications", SubmitStaffAsync).WithName("Registration.Submit")
            .WithSummary("Staff file an application at a registration counter for a town in their scope.")
            .RequireAuthorization(RegistrationPermissions.ApplyPolicy)
            .Refuses(400, RegistrationErrors.IdempotencyKeyRequired)
            .Refuses(409, RegistrationErrors.SequenceExhausted).Refuses(422, ErrorCodes.IdempotencyKeyReused);
    }

    private static Task<Results<Created<RegistrationView>, Ok<RegistrationView>>> SubmitPublicAsync(
        RegistrationRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, RegistrationSubmissions submissions, CancellationToken ct) =>
        SubmitAsync(request, idempotencyKey, true, submissions, ct);

    private static Task<Results<Created<RegistrationView>, Ok<RegistrationView>>> SubmitStaffAsync(
        RegistrationRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? idempotencyKey, RegistrationSubmissions submissions, CancellationToken ct) =>
        SubmitAsync(request, idempotencyKey, false, submissions, ct);

    private static async Task<Results<Created<RegistrationView>, Ok<RegistrationView>>> SubmitAsync(
        RegistrationRequest request, string? idempotencyKey, bool publicService, RegistrationSubmissions submissions, CancellationToken ct)
    {
        var (view, replayed) = await submissions.SubmitAsync(request, idempotencyKey, publicService, ct);
        return replayed ? TypedResults.Ok(view) : TypedResults.Created($"/api/v1/registration/public/applications/{view.TrackingNumber}", view);
    }
}
