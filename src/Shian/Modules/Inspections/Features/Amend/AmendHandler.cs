using Microsoft.EntityFrameworkCore;
using Shian.Modules.Inspections.Domain;
using Shian.Modules.Inspections.Features.FillItems;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Inspections.Features.Amend;

/// <summary>A correction of a signed inspection: a new draft with the same facts and findings, linked to the original.</summary>
internal sealed class AmendHandler(ShianDbContext db, CurrentUser user, TimeProvider time, InspectionDrafts drafts)
{
    public async Task<Guid> HandleAsync(Guid id, AmendRequest request, CancellationToken ct)
    {
        var original = await drafts.FindAsync(id, ct);
        if (!original.IsSigned)
        {
            throw ShianException.Conflict(InspectionsErrors.NotSigned);
        }

        drafts.EnsureAssigned(original);
        var amendment = new Inspection
        {
            Kind = original.Kind,
            Sector = original.Sector,
            ChecklistId = original.ChecklistId,
            ChecklistVersion = original.ChecklistVersion,
            OperatorId = original.OperatorId,
            OperatorName = original.OperatorName,
            OperatorCreditCode = original.OperatorCreditCode,
            PremisesId = original.PremisesId,
            PremisesAddress = original.PremisesAddress,
            JurisdictionCode = original.JurisdictionCode,
            InspectedOn = original.InspectedOn,
            InspectorIds = original.InspectorIds,
            InspectorNames = original.InspectorNames,
            SourceReference = original.SourceReference,
            AmendsInspectionId = original.Id,
            AmendmentReason = request.Reason!.Trim(),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = user.Name,
        };
        var items = await db.Set<InspectionItem>().AsNoTracking().Where(i => i.InspectionId == id).ToListAsync(ct);
        amendment.AssignNumber();
        db.Add(amendment);
        db.AddRange(items.Select(i => new InspectionItem
        {
            InspectionId = amendment.Id,
            JurisdictionCode = i.JurisdictionCode,
            ChecklistItemId = i.ChecklistItemId,
            Number = i.Number,
            Order = i.Order,
            Area = i.Area,
            Text = i.Text,
            IsKey = i.IsKey,
            Points = i.Points,
            Citation = i.Citation,
            Outcome = i.Outcome,
            AffectsSafety = i.AffectsSafety,
            Note = i.Note,
            RecordedAt = i.RecordedAt,
        }));
        await db.SaveChangesAsync(ct);
        return amendment.Id;
    }
}
