using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features.Verify;

internal static class VerifyEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/verify/{number}", VerifyAsync).WithName("Licensing.Verify")
            .WithSummary("Public check of a licence: status, holder, validity. Anyone; rate-limited.")
            .AnonymousByDesign("anyone checks a licence by its number (public registry)").RequireRateLimiting(RateLimits.Anonymous)
            .Refuses(404, LicensingErrors.LicenceNotFound);

    private static async Task<Results<Ok<VerifiedLicence>, ProblemHttpResult>> VerifyAsync(
        string number, LicenceVerification verification, CancellationToken ct) =>
        await verification.VerifyAsync(number, ct) is { } licence
            ? TypedResults.Ok(licence)
            : Problems.NotFound(LicensingErrors.LicenceNotFound, Messages.Get("licensing.licence_number_unknown"));
}
