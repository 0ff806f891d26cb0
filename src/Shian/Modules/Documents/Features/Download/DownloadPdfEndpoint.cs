using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Documents.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.Documents.Features.Download;

internal static class DownloadPdfEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/{id:guid}/pdf", HandleAsync).WithName("Documents.Pdf")
            .WithSummary("The issued PDF (staff within scope; an enterprise for its own documents).")
            .RequireAuthorization(DocumentsPermissions.ReadPolicy)
            .Refuses(404, DocumentsErrors.NotFound);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> HandleAsync(
        Guid id, IDocumentIssuer documents, CancellationToken ct) =>
        await documents.GetPdfAsync(id, ct) is { } pdf
            ? TypedResults.File(pdf, "application/pdf", $"{id}.pdf")
            : Problems.NotFound(DocumentsErrors.NotFound, Messages.Get(DocumentsErrors.NotFound));
}
