using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Kernel;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Documents.Features.Verify;

internal static class VerifyDocumentEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/verify/{code}", HandleAsync).WithName("Documents.Verify")
            .WithSummary("Public verification of an issued document by the code in its QR link.")
            .AnonymousByDesign("anyone holding a printed document checks it by its QR verification code").RequireRateLimiting(RateLimits.Anonymous)
            .Refuses(404, DocumentsErrors.NotFound);

    private static async Task<Results<Ok<VerifiedDocument>, ProblemHttpResult>> HandleAsync(
        string code, DocumentVerification verification, CancellationToken ct) =>
        await verification.FindAsync(code, ct) is { } document
            ? TypedResults.Ok(document)
            : Problems.NotFound(DocumentsErrors.NotFound, Messages.Get(DocumentsErrors.NotFound));
}
