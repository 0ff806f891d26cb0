using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Inspections.Features.Photos;
using Shian.Modules.Inspections.Features.ViewInspection;
using Shian.Shared.Kernel;
using Shian.Shared.Storage;
using Shian.Shared.Web;

namespace Shian.Modules.Inspections.Features.FillItems;

internal static class FillItemsEndpoint
{
    public static void Map(RouteGroupBuilder api, RouteGroupBuilder forms)
    {
        api.MapPut("/{id:guid}/items/{itemId:guid}", SaveAsync)
            .WithName("Inspections.SaveItem").WithSummary("Record one item's finding (draft only). One of the inspection's inspectors.")
            .Refuses(400, InspectionsErrors.InvalidOutcome).Refuses(403, InspectionsErrors.NotAssigned)
            .Refuses(404, InspectionsErrors.NotFound, InspectionsErrors.ItemNotFound).Refuses(409, InspectionsErrors.SignedImmutable)
            .RequireAuthorization(InspectionsPermissions.ConductPolicy);
        forms.MapPost("/{id:guid}/items/{itemId:guid}/form", FormAsync).WithName("Inspections.SaveItemForm")
            .AcceptsUploads(UploadRules.Photo).RequireAuthorization(InspectionsPermissions.ConductPolicy);
    }

    private static async Task<Ok<InspectionView>> SaveAsync(
        Guid id, Guid itemId, SaveItemRequest request, SaveItemHandler handler, ViewInspectionQuery q, CancellationToken ct)
    {
        await handler.HandleAsync(id, itemId, request, ct);
        return TypedResults.Ok((await q.GetAsync(id, ct))!);
    }

    /// <summary>The phone page's form: the finding and, optionally, a photo taken with the camera.</summary>
    private static async Task<RedirectHttpResult> FormAsync(
        Guid id, Guid itemId, HttpRequest http, SaveItemHandler handler, AddPhotoHandler photos, CancellationToken ct)
    {
        var form = await http.ReadFormAsync(ct);
        var back = $"/inspections/{id}/fill?item={itemId}";
        var note = form["note"].ToString();
        if (note.Length > 1000)
        {
            return PageForms.Back(back + $"#item-{itemId}", Messages.Get("inspections.note_too_long"));
        }

        return await PageForms.TryAsync(back + $"#item-{itemId}", async () =>
        {
            await handler.HandleAsync(id, itemId, new SaveItemRequest
            {
                Outcome = form["outcome"],
                AffectsSafety = form["affectsSafety"] == "true",
                Note = note,
            }, ct);
            if (form.Files.GetFile("photo") is { Length: > 0 } photo)
            {
                await using var stream = photo.OpenReadStream();
                await photos.HandleAsync(id, itemId, stream, ct);
            }

            return $"/inspections/{id}/fill?saved={itemId}#item-{itemId}";
        });
    }
}
