using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Inspections.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Storage;
using Shian.Shared.Web;

namespace Shian.Modules.Inspections.Features.Photos;

internal static class PhotosEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/{id:guid}/items/{itemId:guid}/photos", AddAsync)
            .WithName("Inspections.AddPhoto")
            .WithSummary("Attach a photo to an item: the request body is the image itself (Content-Type image/jpeg, image/png or image/webp), ≤10 MB, checked by content.")
            .Refuses(403, InspectionsErrors.NotAssigned).Refuses(404, InspectionsErrors.NotFound, InspectionsErrors.ItemNotFound)
            .Refuses(409, InspectionsErrors.SignedImmutable)
            .AcceptsUploads(UploadRules.Photo).RequireAuthorization(InspectionsPermissions.ConductPolicy);
        api.MapGet("/{id:guid}/photos/{sha256}", GetAsync)
            .WithName("Inspections.Photo").WithSummary("A photo of an inspection the caller may read; never public.")
            .Refuses(404, InspectionsErrors.PhotoNotFound).RequireAuthorization(InspectionsPermissions.ReadPolicy);
    }

    private static async Task<Created<StoredFileRef>> AddAsync(Guid id, Guid itemId, HttpRequest request, AddPhotoHandler handler, CancellationToken ct)
    {
        var file = await handler.HandleAsync(id, itemId, request.Body, ct);
        return TypedResults.Created($"/api/v1/inspections/{id}/photos/{file.Sha256}", file);
    }

    /// <summary>Only a photo of an inspection the caller may see (the scope filter decides): photos are evidence, never public.</summary>
    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetAsync(
        Guid id, string sha256, ShianDbContext db, IFileStore files, CancellationToken ct)
    {
        if (sha256.Length != 64 || !await db.Set<InspectionPhoto>().AnyAsync(p => p.InspectionId == id && p.Sha256 == sha256, ct)
            || await files.FindAsync(sha256, ct) is not { } found)
        {
            return Problems.NotFound(InspectionsErrors.PhotoNotFound, Messages.Get(InspectionsErrors.PhotoNotFound));
        }

        return TypedResults.File(found.Content, found.File.ContentType);
    }
}
