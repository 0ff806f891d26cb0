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
        await documents.GetFileAsync(id, ct) is { } file
            ? TypedResults.File(file.Pdf, "application/pdf", file.FileName)
            : Problems.NotFound(DocumentsErrors.NotFound, Messages.Get(DocumentsErrors.NotFound));
}
