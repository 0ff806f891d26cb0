using Microsoft.EntityFrameworkCore;
using Shian.Modules.Inspections.Domain;
using Shian.Modules.Inspections.Features.FillItems;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Storage;

namespace Shian.Modules.Inspections.Features.Photos;

/// <summary>Attaches a photo (checked by content, kept by hash) to an item of a draft; the same photo twice is kept once.</summary>
internal sealed class AddPhotoHandler(ShianDbContext db, CurrentUser user, TimeProvider time, InspectionDrafts drafts, IFileStore files)
{
    public async Task<StoredFileRef> HandleAsync(Guid id, Guid itemId, Stream content, CancellationToken ct)
    {
        var inspection = await drafts.OpenDraftAsync(id, ct);
        if (!await db.Set<InspectionItem>().AnyAsync(i => i.InspectionId == id && i.Id == itemId, ct))
        {
            throw ShianException.NotFound(InspectionsErrors.ItemNotFound);
        }

        var file = await files.AddAsync(content, UploadRules.Photo, ct);
        if (!await db.Set<InspectionPhoto>().AnyAsync(p => p.ItemId == itemId && p.Sha256 == file.Sha256, ct))
        {
            db.Add(new InspectionPhoto
            {
                InspectionId = id,
                ItemId = itemId,
                JurisdictionCode = inspection.JurisdictionCode,
                Sha256 = file.Sha256,
                ContentType = file.ContentType,
                Length = file.Length,
                UploadedAt = time.GetUtcNow(),
                UploadedBy = user.Name,
            });
        }

        await db.SaveChangesAsync(ct);
        return file;
    }
}
