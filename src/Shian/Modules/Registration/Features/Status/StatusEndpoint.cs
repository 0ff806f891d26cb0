using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Shian.Shared.Kernel;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Registration.Features.Status;

/// <summary>The public applicant follows an application and downloads its business licence.</summary>
internal static class StatusEndpoint
{
    public const string SecretHeader = "X-Tracking-Secret";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/public/applications/{trackingNumber}", StatusAsync).WithName("Registration.PublicStatus")
            .WithSummary("The applicant follows an application: tracking number in the path, secret in the X-Tracking-Secret header.")
            .AnonymousByDesign("the applicant follows an application with its tracking number and secret").RequireRateLimiting(RateLimits.PublicForms)
            .Refuses(404, RegistrationErrors.ApplicationNotFound);
        api.MapGet("/public/applications/{trackingNumber}/licence", PublicLicenceAsync).WithName("Registration.PublicLicence")
            .WithSummary("The electronic business licence (PDF) of an approved application: X-Tracking-Secret header, or the status page's short-lived token.")
            .AnonymousByDesign("the applicant downloads the business licence with the secret or a short-lived token").RequireRateLimiting(RateLimits.PublicForms)
            .Refuses(404, RegistrationErrors.LicenceNotIssued);
    }

    private static async Task<Results<Ok<RegistrationView>, ProblemHttpResult>> StatusAsync(
        string trackingNumber, [FromHeader(Name = SecretHeader)] string? secret, PublicTracking tracking, CancellationToken ct) =>
        await tracking.FindAsync(trackingNumber, secret, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound(RegistrationErrors.ApplicationNotFound, Messages.Get(RegistrationErrors.ApplicationNotFound));

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PublicLicenceAsync(
        string trackingNumber, [FromHeader(Name = SecretHeader)] string? secret, [FromQuery] string? token, PublicTracking tracking, CancellationToken ct) =>
        await tracking.LicenceAsync(trackingNumber, secret, token, ct) is { } licence
            ? TypedResults.File(licence.Pdf, "application/pdf", Messages.Get("registration.licence_file_name", licence.CreditCode))
            : Problems.NotFound(RegistrationErrors.LicenceNotIssued, Messages.Get(RegistrationErrors.LicenceNotIssued));
}
