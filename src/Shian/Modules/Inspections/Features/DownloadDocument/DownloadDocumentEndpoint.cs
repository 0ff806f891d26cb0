using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Documents.Contracts;
using Shian.Modules.Inspections.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Web;

namespace Shian.Modules.Inspections.Features.DownloadDocument;

internal static class DownloadDocumentEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/{id:guid}/documents/{kind}", GetAsync)
            .WithName("Inspections.Document").WithSummary("PDF of a signed inspection: kind record (the on-site inspection record) or result (the inspection result record).")
            .Refuses(404, InspectionsErrors.DocumentNotFound).RequireAuthorization(InspectionsPermissions.ReadPolicy);

    /// <summary>The document of a signed inspection the caller may see (the scope filter decides); kind is <c>record</c> or <c>result</c>.</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(
        Guid id, string kind, ShianDbContext db, IDocumentIssuer documents, CancellationToken ct)
    {
        var documentId = await db.Set<Inspection>().Where(i => i.Id == id)
            .Select(i => kind == "record" ? i.RecordDocumentId : kind == "result" ? i.ResultDocumentId : null)
            .FirstOrDefaultAsync(ct);
        if (documentId is { } found && await documents.GetPdfAsync(found, ct) is { } pdf)
        {
            return TypedResults.File(pdf, "application/pdf", $"{kind}-{id}.pdf");
        }

        return Problems.NotFound(InspectionsErrors.DocumentNotFound, Messages.Get(InspectionsErrors.DocumentNotFound));
    }
}
