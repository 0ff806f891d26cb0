using Microsoft.EntityFrameworkCore;
using Shian.Modules.Inspections.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Inspections.Features.FillItems;

/// <summary>Records one item's finding on a draft: its outcome, whether it affects food safety, and a note.</summary>
internal sealed class SaveItemHandler(ShianDbContext db, TimeProvider time, InspectionDrafts drafts)
{
    public async Task HandleAsync(Guid id, Guid itemId, SaveItemRequest request, CancellationToken ct)
    {
        await drafts.OpenDraftAsync(id, ct);
        var item = await db.Set<InspectionItem>().FirstOrDefaultAsync(i => i.InspectionId == id && i.Id == itemId, ct)
            ?? throw ShianException.NotFound(InspectionsErrors.ItemNotFound);
        item.Outcome = ParseOutcome(request.Outcome);
        item.AffectsSafety = item.Outcome == ItemOutcome.DoesNotConform && !item.IsKey && request.AffectsSafety;
        item.Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim();
        item.RecordedAt = time.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    private static ItemOutcome? ParseOutcome(string? outcome) => outcome?.Trim() switch
    {
        null or "" => null,
        "conforms" => ItemOutcome.Conforms,
        "does_not_conform" => ItemOutcome.DoesNotConform,
        "not_applicable" => ItemOutcome.NotApplicable,
        _ => throw ShianException.Invalid(InspectionsErrors.InvalidOutcome, "outcome"),
    };
}
