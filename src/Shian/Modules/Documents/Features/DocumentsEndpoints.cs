using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Documents.Features.Verify;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Documents.Features;

internal static class DocumentsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/verify/{code}", VerifyAsync).WithName("Documents.Verify")
            .WithSummary("Public verification of an issued document by the code in its QR link.")
            .AnonymousByDesign("anyone holding a printed document checks it by its QR verification code").RequireRateLimiting(RateLimits.Anonymous);
        api.MapGet("/{id:guid}/pdf", PdfAsync).WithName("Documents.Pdf")
            .WithSummary("The issued PDF (staff within scope; an enterprise for its own documents).")
            .RequireAuthorization(DocumentsPermissions.Read.Name);
    }

    private static async Task<Results<Ok<VerifiedDocument>, ProblemHttpResult>> VerifyAsync(
        string code, DocumentVerification verification, CancellationToken ct) =>
        await verification.FindAsync(code, ct) is { } document ? TypedResults.Ok(document) : NotFound();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(
        Guid id, IDocumentIssuer documents, CancellationToken ct) =>
        await documents.GetPdfAsync(id, ct) is { } pdf ? TypedResults.File(pdf, "application/pdf", $"{id}.pdf") : NotFound();

    private static ProblemHttpResult NotFound() => Problems.NotFound("documents.not_found", "未找到该文书。");
}
