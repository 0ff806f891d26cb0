using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Shian.Shared.Kernel;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features.Filing;

internal static class FilingEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/filings", FileAsync).WithName("Licensing.File")
            .WithSummary("Filing for sellers of pre-packaged food only: recorded at once with a YB number; other items are refused. Enterprise user for its own operator; Inspector/Administrator in scope.")
            .RequireAuthorization(LicensingPermissions.ApplyPolicy)
            .Refuses(422, ErrorCodes.IdempotencyKeyReused).Refuses(400, LicensingErrors.IdempotencyKeyRequired, LicensingErrors.OperatorRequired, LicensingErrors.UnknownTown)
            .Refuses(403, LicensingErrors.NotYourOperator, LicensingErrors.UserUnknown)
            .Refuses(404, LicensingErrors.OperatorNotFound)
            .Refuses(409, LicensingErrors.FilingExists, LicensingErrors.SequenceExhausted)
            .Refuses(422, LicensingErrors.FilingNotApplicable);
        api.MapGet("/filings/{number}", GetFilingAsync).WithName("Licensing.Filing")
            .WithSummary("A filing by number. Staff in scope; enterprise user for its own operator.")
            .RequireAuthorization(LicensingPermissions.ReadPolicy)
            .Refuses(404, LicensingErrors.FilingNotFound);
        api.MapGet("/verify/filing/{number}", VerifyFilingAsync).WithName("Licensing.VerifyFiling")
            .WithSummary("Public check of a filing: status, holder, premises. Anyone; rate-limited.")
            .AnonymousByDesign("anyone checks a filing by its number (public registry)").RequireRateLimiting(RateLimits.Anonymous)
            .Refuses(404, LicensingErrors.FilingNotFound);
    }

    private static async Task<Results<Created<FilingView>, Ok<FilingView>>> FileAsync(
        FilingRequest request, [FromHeader(Name = IdempotencyKeys.Header)] string? key, Filings filings, CancellationToken ct)
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
}
