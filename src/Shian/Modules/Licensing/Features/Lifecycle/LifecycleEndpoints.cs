using Shian.Shared.Kernel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Modules.Licensing.Features.Cancellation;
using Shian.Modules.Licensing.Features.Change;
using Shian.Modules.Licensing.Features.Filing;
using Shian.Modules.Licensing.Features.Production;
using Shian.Modules.Licensing.Features.Renewal;
using Shian.Modules.Licensing.Features.Replacement;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features.Lifecycle;

/// <summary>The lifecycle API: applications about an existing licence, filings and SC production licences.</summary>
internal static class LifecycleEndpoints
{
    private const string Who = "Enterprise user for its own operator's licence; Inspector/Administrator for licences in scope.";

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/licences/{number}/changes", (string number, ChangeRequest request, [FromHeader(Name = "Idempotency-Key")] string? key, LifecycleApplications apps, CancellationToken ct) =>
                SubmitAsync(apps, number, ApplicationKind.Change, request, key, ct))
            .WithName("Licensing.Change").WithSummary($"Change: name, legal representative or business items; a new premises address is refused (new licence). {Who}")
            .RequireAuthorization(LicensingPermissions.ApplyPolicy);
        api.MapPost("/licences/{number}/renewals", (string number, RenewalRequest request, [FromHeader(Name = "Idempotency-Key")] string? key, LifecycleApplications apps, CancellationToken ct) =>
                SubmitAsync(apps, number, ApplicationKind.Renewal, request, key, ct))
            .WithName("Licensing.Renew").WithSummary($"Renewal inside the renewal window: same number, new validity period. {Who}")
            .RequireAuthorization(LicensingPermissions.ApplyPolicy);
        api.MapPost("/licences/{number}/replacements", (string number, ReplacementRequest request, [FromHeader(Name = "Idempotency-Key")] string? key, LifecycleApplications apps, CancellationToken ct) =>
                SubmitAsync(apps, number, ApplicationKind.Replacement, request, key, ct))
            .WithName("Licensing.Replace").WithSummary($"Replacement of a lost or damaged certificate: same number, new document. {Who}")
            .RequireAuthorization(LicensingPermissions.ApplyPolicy);
        api.MapPost("/licences/{number}/cancellations", (string number, CancellationRequest request, [FromHeader(Name = "Idempotency-Key")] string? key, LifecycleApplications apps, CancellationToken ct) =>
                SubmitAsync(apps, number, ApplicationKind.Cancellation, request, key, ct))
            .WithName("Licensing.Cancel").WithSummary($"Cancellation: the licence becomes Cancelled (the public page says so). {Who}")
            .RequireAuthorization(LicensingPermissions.ApplyPolicy);

        api.MapPost("/filings", FileAsync).WithName("Licensing.File")
            .WithSummary("Filing for sellers of pre-packaged food only: recorded at once with a YB number; other items are refused. Enterprise user for its own operator; Inspector/Administrator in scope.")
            .RequireAuthorization(LicensingPermissions.ApplyPolicy);
        api.MapGet("/filings/{number}", GetFilingAsync).WithName("Licensing.Filing")
            .WithSummary("A filing by number. Staff in scope; enterprise user for its own operator.")
            .RequireAuthorization(LicensingPermissions.ReadPolicy);
        api.MapGet("/verify/filing/{number}", VerifyFilingAsync).WithName("Licensing.VerifyFiling")
            .WithSummary("Public check of a filing: status, holder, premises. Anyone; rate-limited.")
            .AnonymousByDesign("anyone checks a filing by its number (public registry)").RequireRateLimiting(RateLimits.Anonymous);

        api.MapPost("/production/applications", ApplyProductionAsync).WithName("Licensing.ApplyProduction")
            .WithSummary("Apply for a food production licence (SC); always waits for the on-site review (never instant). Enterprise user for its own operator; Inspector/Administrator in scope.")
            .RequireAuthorization(LicensingPermissions.ApplyPolicy);
        api.MapPost("/production/applications/{id:guid}/decision", DecideProductionAsync).WithName("Licensing.DecideProduction")
            .WithSummary("Record the on-site review's conclusion and approve (draws the SC number) or reject. Staff of the premises' scope.")
            .RequireAuthorization(LicensingPermissions.ReviewProductionPolicy);
    }

    private static async Task<Results<Created<ApplicationView>, Ok<ApplicationView>>> SubmitAsync(
        LifecycleApplications apps, string number, ApplicationKind kind, LifecycleRequest request, string? key, CancellationToken ct)
    {
        var (view, replayed) = await apps.SubmitAsync(number, kind, request, key, ct);
        return replayed ? TypedResults.Ok(view) : TypedResults.Created($"/api/v1/licensing/applications/{view.Id}", view);
    }

    private static async Task<Results<Created<FilingView>, Ok<FilingView>>> FileAsync(
        FilingRequest request, [FromHeader(Name = "Idempotency-Key")] string? key, Filings filings, CancellationToken ct)
    {
        var (view, replayed) = await filings.SubmitAsync(request, key, ct);
        return replayed ? TypedResults.Ok(view) : TypedResults.Created($"/api/v1/licensing/filings/{view.Number}", view);
    }

    private static async Task<Results<Ok<FilingView>, ProblemHttpResult>> GetFilingAsync(string number, Filings filings, CancellationToken ct) =>
        await filings.FindAsync(number, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound(LicensingErrors.FilingNotFound, Messages.Get(LicensingErrors.FilingNotFound));

    private static async Task<Results<Ok<VerifiedFiling>, ProblemHttpResult>> VerifyFilingAsync(string number, Filings filings, CancellationToken ct) =>
        await filings.VerifyAsync(number, ct) is { } view
            ? TypedResults.Ok(view)
            : Problems.NotFound(LicensingErrors.FilingNotFound, Messages.Get("licensing.filing_number_unknown"));

    private static async Task<Results<Created<ApplicationView>, Ok<ApplicationView>>> ApplyProductionAsync(
        ProductionRequest request, [FromHeader(Name = "Idempotency-Key")] string? key, ProductionApplications apps, CancellationToken ct)
    {
        var (view, replayed) = await apps.SubmitAsync(request, key, ct);
        return replayed ? TypedResults.Ok(view) : TypedResults.Created($"/api/v1/licensing/applications/{view.Id}", view);
    }

    private static async Task<Ok<ApplicationView>> DecideProductionAsync(
        Guid id, ProductionDecisionRequest request, ProductionApplications apps, CancellationToken ct) =>
        TypedResults.Ok(await apps.DecideAsync(id, request, ct));
}
