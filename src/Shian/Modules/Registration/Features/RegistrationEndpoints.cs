using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Shian.Modules.Registration.Domain;
using Shian.Modules.Registration.Features.Account;
using Shian.Modules.Registration.Features.Review;
using Shian.Modules.Registration.Features.Status;
using Shian.Modules.Registration.Features.Submit;
using Shian.Shared.Kernel;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Registration.Features;

internal static class RegistrationEndpoints
{
    private const string SecretHeader = "X-Tracking-Secret";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/public/applications", SubmitPublicAsync).WithName("Registration.SubmitPublic")
            .WithSummary("Register a market entity online (anyone; rate-limited). Needs a random Idempotency-Key of 16–100 characters; answers a tracking number and secret.")
            .AnonymousByDesign("anyone registers a market entity online (rate-limited, idempotent)").RequireRateLimiting(RateLimits.Anonymous);
        api.MapGet("/public/applications/{trackingNumber}", StatusAsync).WithName("Registration.PublicStatus")
            .WithSummary("The applicant follows an application: tracking number in the path, secret in the X-Tracking-Secret header.")
            .AnonymousByDesign("the applicant follows an application with its tracking number and secret").RequireRateLimiting(RateLimits.Anonymous);
        api.MapGet("/public/applications/{trackingNumber}/licence", PublicLicenceAsync).WithName("Registration.PublicLicence")
            .WithSummary("The electronic business licence (PDF) of an approved application: X-Tracking-Secret header, or the status page's short-lived token.")
            .AnonymousByDesign("the applicant downloads the business licence with the secret or a short-lived token").RequireRateLimiting(RateLimits.Anonymous);
        api.MapPost("/public/applications/{trackingNumber}/account", OpenAccountAsync).WithName("Registration.OpenAccount")
            .WithSummary("Open the enterprise account of an approved application (user name = credit code, password chosen here): X-Tracking-Secret header. Once per operator.")
            .AnonymousByDesign("the applicant of an approved registration opens its enterprise account once, with the secret").RequireRateLimiting(RateLimits.Anonymous);

        api.MapPost("/applications", SubmitStaffAsync).WithName("Registration.Submit")
            .WithSummary("Staff file an application at a registration counter (窗口代办) for a town in their scope.")
            .RequireAuthorization(RegistrationPermissions.Apply.Name);
        api.MapGet("/applications", QueueAsync).WithName("Registration.Queue")
            .WithSummary("Applications of the caller's scope, those under review first (status=UnderReview|Approved|Rejected; page, pageSize).")
            .RequireAuthorization(RegistrationPermissions.Review.Name);
        api.MapGet("/applications/{id:guid}", GetAsync).WithName("Registration.Application")
            .WithSummary("An application with every evaluated check. Staff in scope.")
            .RequireAuthorization(RegistrationPermissions.Read.Name);
        api.MapPost("/applications/{id:guid}/approve", ApproveAsync).WithName("Registration.Approve")
            .WithSummary("Approve an application under review, with the reviewer's reason: issues the credit code, operator file and business licence.")
            .RequireAuthorization(RegistrationPermissions.Review.Name);
        api.MapPost("/applications/{id:guid}/reject", RejectAsync).WithName("Registration.Reject")
            .WithSummary("Reject an application under review, with the reason the applicant is shown.")
            .RequireAuthorization(RegistrationPermissions.Review.Name);
    }

    private static Task<Results<Created<RegistrationView>, Ok<RegistrationView>>> SubmitPublicAsync(
        RegistrationRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, RegistrationSubmissions submissions, CancellationToken ct) =>
        SubmitAsync(request, idempotencyKey, true, submissions, ct);

    private static Task<Results<Created<RegistrationView>, Ok<RegistrationView>>> SubmitStaffAsync(
        RegistrationRequest request, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, RegistrationSubmissions submissions, CancellationToken ct) =>
        SubmitAsync(request, idempotencyKey, false, submissions, ct);

    private static async Task<Results<Created<RegistrationView>, Ok<RegistrationView>>> SubmitAsync(
        RegistrationRequest request, string? idempotencyKey, bool publicService, RegistrationSubmissions submissions, CancellationToken ct)
    {
        var (view, replayed) = await submissions.SubmitAsync(request, idempotencyKey, publicService, ct);
        return replayed ? TypedResults.Ok(view) : TypedResults.Created($"/api/v1/registration/public/applications/{view.TrackingNumber}", view);
    }

    private static async Task<Results<Ok<RegistrationView>, ProblemHttpResult>> StatusAsync(
        string trackingNumber, [FromHeader(Name = SecretHeader)] string? secret, PublicTracking tracking, CancellationToken ct) =>
        await tracking.FindAsync(trackingNumber, secret, ct) is { } view ? TypedResults.Ok(view) : NotFound();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PublicLicenceAsync(
        string trackingNumber, [FromHeader(Name = SecretHeader)] string? secret, [FromQuery] string? token, PublicTracking tracking, CancellationToken ct) =>
        await tracking.LicenceAsync(trackingNumber, secret, token, ct) is { } licence
            ? TypedResults.File(licence.Pdf, "application/pdf", $"营业执照-{licence.CreditCode}.pdf")
            : Problems.NotFound(RegistrationErrors.LicenceNotIssued, "未找到已核发的营业执照：请核对受理号和查询密码，或申请尚未核准。");

    private static async Task<Created<OpenedAccount>> OpenAccountAsync(
        string trackingNumber, [FromHeader(Name = SecretHeader)] string? secret, OpenAccountRequest request,
        EnterpriseAccountOpening opening, CancellationToken ct)
    {
        var account = await opening.OpenAsync(trackingNumber, secret, accountToken: null, request, ct);
        return TypedResults.Created("/api/v1/account/me", account);
    }

    private static async Task<Ok<PagedList<QueueItem>>> QueueAsync(
        RegistrationStatus? status, int? page, int? pageSize, RegistrationReviews reviews, CancellationToken ct) =>
        TypedResults.Ok(await reviews.QueueAsync(status, new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultPageSize), ct));

    private static async Task<Results<Ok<RegistrationView>, ProblemHttpResult>> GetAsync(Guid id, RegistrationReviews reviews, CancellationToken ct) =>
        await reviews.FindAsync(id, ct) is { } view ? TypedResults.Ok(view) : NotFound();

    private static async Task<Ok<RegistrationView>> ApproveAsync(Guid id, DecisionRequest request, RegistrationReviews reviews, CancellationToken ct) =>
        TypedResults.Ok(await reviews.ApproveAsync(id, request, ct));

    private static async Task<Ok<RegistrationView>> RejectAsync(Guid id, DecisionRequest request, RegistrationReviews reviews, CancellationToken ct) =>
        TypedResults.Ok(await reviews.RejectAsync(id, request, ct));

    private static ProblemHttpResult NotFound() =>
        Problems.NotFound(RegistrationErrors.ApplicationNotFound, "未找到该登记申请：请核对受理号和查询密码；工作人员只能查看本辖区的申请。");
}
