using Microsoft.EntityFrameworkCore;
using Shian.Modules.Inspections.Domain;
using Shian.Modules.Inspections.Features.FollowUp;
using Shian.Modules.Inspections.Features.ListInspections;
using Shian.Modules.Inspections.Features.Referrals;
using Shian.Shared.Persistence;

namespace Shian.Modules.Inspections.Features.ViewInspection;

/// <summary>An inspection with its items, photos, follow-up and amendments, through the jurisdiction filter.</summary>
internal sealed class ViewInspectionQuery(ShianDbContext db, FollowUpQueries followUp)
{
    public async Task<InspectionView?> GetAsync(Guid id, CancellationToken ct)
    {
        var i = await db.Set<Inspection>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (i is null)
        {
            return null;
        }

        var items = await db.Set<InspectionItem>().AsNoTracking().Where(x => x.InspectionId == id).OrderBy(x => x.Order).ToListAsync(ct);
        var photos = (await db.Set<InspectionPhoto>().AsNoTracking().Where(p => p.InspectionId == id).OrderBy(p => p.UploadedAt)
            .Select(p => new { p.ItemId, p.Sha256 }).ToListAsync(ct)).ToLookup(p => p.ItemId, p => p.Sha256);
        var referrals = await ReferralQueries.Project(db.Set<PenaltyReferral>().Where(r => r.InspectionId == id)).ToListAsync(ct);
        var tasks = await followUp.TasksAsync(db.Set<ReInspectionTask>().Where(t => t.InspectionId == id), ct);
        var amendments = await ListInspectionsQuery.Summaries(db.Set<Inspection>().AsNoTracking().Where(x => x.AmendsInspectionId == id)).ToListAsync(ct);
        return new InspectionView(
            i.Id, i.Number, i.Kind, InspectionKinds.Name(i.Kind), i.Sector, Sectors.Name(i.Sector), i.ChecklistId, i.ChecklistVersion,
            i.OperatorId, i.OperatorName, i.OperatorCreditCode, i.PremisesId, i.PremisesAddress, i.JurisdictionCode, i.InspectedOn,
            i.Inspectors, i.InspectorNames, i.SourceReference, i.AmendsInspectionId, i.AmendmentReason, i.Status.ToString(),
            i.Result?.ToString(), i.Result is { } r ? InspectionOutcomeRules.Name(r) : null, i.KeyItemsFailed, i.GeneralItemsFailed,
            i.Score, i.Measures, i.RectificationWorkingDays, i.RectificationDueOn, i.AcknowledgedBy, i.RefusedToSign, i.RefusalReason,
            i.SignedAt, i.SignedBy, i.PublishBy, i.PublishedOn, i.RecordDocumentCode, i.ResultDocumentCode,
            [.. items.Select(x => new InspectionItemView(
                x.Id, x.Number, x.Area, x.Text, x.IsKey, x.Points, x.Citation, OutcomeCode(x.Outcome), x.AffectsSafety, x.Note,
                [.. photos[x.Id]]))],
            referrals, tasks, amendments);
    }

    private static string? OutcomeCode(ItemOutcome? outcome) => outcome switch
    {
        ItemOutcome.Conforms => "conforms",
        ItemOutcome.DoesNotConform => "does_not_conform",
        ItemOutcome.NotApplicable => "not_applicable",
        _ => null,
    };
}
