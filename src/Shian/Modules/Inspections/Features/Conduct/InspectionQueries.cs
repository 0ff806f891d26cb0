using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Inspections.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Inspections.Features.Conduct;

/// <summary>Reads for pages and the API; staff reads go through the jurisdiction filter, public reads do not.</summary>
internal sealed class InspectionQueries(ShianDbContext db, TimeProvider time, IRuleBook rules, IJurisdictionDirectory jurisdictions)
{
    public Task<PagedList<InspectionSummary>> ListAsync(string? status, Guid? operatorId, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<Inspection>().AsNoTracking();
        if (Enum.TryParse<InspectionStatus>(status, true, out var s))
        {
            query = query.Where(i => i.Status == s);
        }

        if (operatorId is { } op)
        {
            query = query.Where(i => i.OperatorId == op);
        }

        return Summaries(query.OrderByDescending(i => i.InspectedOn).ThenByDescending(i => i.CreatedAt)).ToPagedListAsync(page, ct);
    }

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
        var referrals = await Referrals(db.Set<PenaltyReferral>().Where(r => r.InspectionId == id)).ToListAsync(ct);
        var tasks = await TasksAsync(db.Set<ReInspectionTask>().Where(t => t.InspectionId == id), ct);
        var amendments = await Summaries(db.Set<Inspection>().AsNoTracking().Where(x => x.AmendsInspectionId == id)).ToListAsync(ct);
        return new InspectionView(
            i.Id, i.Number, i.Kind, InspectionKinds.Names[i.Kind], i.Sector, Sectors.Names[i.Sector], i.ChecklistId, i.ChecklistVersion,
            i.OperatorId, i.OperatorName, i.OperatorCreditCode, i.PremisesId, i.PremisesAddress, i.JurisdictionCode, i.InspectedOn,
            i.Inspectors, i.InspectorNames, i.SourceReference, i.AmendsInspectionId, i.AmendmentReason, i.Status.ToString(),
            i.Result?.ToString(), i.Result is { } r ? InspectionOutcomeRules.Chinese(r) : null, i.KeyItemsFailed, i.GeneralItemsFailed,
            i.Score, i.Measures, i.RectificationWorkingDays, i.RectificationDueOn, i.AcknowledgedBy, i.RefusedToSign, i.RefusalReason,
            i.SignedAt, i.SignedBy, i.PublishBy, i.PublishedOn, i.RecordDocumentCode, i.ResultDocumentCode,
            [.. items.Select(x => new InspectionItemView(
                x.Id, x.Number, x.Area, x.Text, x.IsKey, x.Points, x.Citation, OutcomeCode(x.Outcome), x.AffectsSafety, x.Note,
                [.. photos[x.Id]]))],
            referrals, tasks, amendments);
    }

    /// <summary>Open re-inspection tasks of the caller's scope whose rectification deadline has passed.</summary>
    public Task<IReadOnlyList<ReInspectionTaskView>> OverdueAsync(CancellationToken ct)
    {
        var today = time.ChinaToday();
        return TasksAsync(db.Set<ReInspectionTask>().Where(t => t.Status == ReInspectionTask.Open && t.DueOn < today), ct);
    }

    public Task<IReadOnlyList<ReInspectionTaskView>> OpenTasksAsync(CancellationToken ct) =>
        TasksAsync(db.Set<ReInspectionTask>().Where(t => t.Status == ReInspectionTask.Open), ct);

    public async Task<IReadOnlyList<ReferralView>> ReferralsAsync(CancellationToken ct) =>
        await Referrals(db.Set<PenaltyReferral>()).ToListAsync(ct);

    /// <summary>The document id of a signed inspection visible to the caller; kind is <c>record</c> or <c>result</c>.</summary>
    public Task<Guid?> DocumentIdAsync(Guid id, string kind, CancellationToken ct) =>
        db.Set<Inspection>().Where(i => i.Id == id)
            .Select(i => kind == "record" ? i.RecordDocumentId : kind == "result" ? i.ResultDocumentId : null)
            .FirstOrDefaultAsync(ct);

    /// <summary>Whether the photo belongs to an inspection the caller may see (photos are evidence, never public).</summary>
    public Task<bool> PhotoVisibleAsync(Guid id, string sha256, CancellationToken ct) =>
        db.Set<InspectionPhoto>().AnyAsync(p => p.InspectionId == id && p.Sha256 == sha256, ct);

    public async Task<PublicInspectionView?> PublicAsync(Guid id, CancellationToken ct)
    {
        var list = await PublicListAsync(db.Set<Inspection>().IgnoreQueryFilters().Where(i => i.Id == id), ct);
        return list.Count > 0 ? list[0] : null;
    }

    public Task<Guid?> PublicOperatorOfAsync(Guid id, CancellationToken ct) =>
        db.Set<Inspection>().IgnoreQueryFilters().Where(i => i.Id == id).Select(i => (Guid?)i.OperatorId).FirstOrDefaultAsync(ct);

    public Task<IReadOnlyList<PublicInspectionView>> PublicForOperatorAsync(Guid operatorId, CancellationToken ct) =>
        PublicListAsync(db.Set<Inspection>().IgnoreQueryFilters().Where(i => i.OperatorId == operatorId), ct);

    private async Task<IReadOnlyList<PublicInspectionView>> PublicListAsync(IQueryable<Inspection> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking().Where(i => i.Status == InspectionStatus.Signed && i.PublishedOn != null)
            .OrderByDescending(i => i.InspectedOn).Take(100).ToListAsync(ct);
        var views = new List<PublicInspectionView>();
        foreach (var i in rows)
        {
            var rule = await rules.FindAsync("inspections.publication", "working_days", i.InspectedOn, ct);
            views.Add(new PublicInspectionView(
                i.Id, i.Number, i.OperatorName, i.PremisesAddress, await jurisdictions.DisplayNameAsync(i.JurisdictionCode, ct),
                InspectionKinds.Names[i.Kind], i.InspectedOn, InspectionOutcomeRules.Chinese(i.Result!.Value), i.PublishedOn!.Value,
                i.PublishBy!.Value, rule?.Citation ?? "", i.ResultDocumentCode));
        }

        return views;
    }

    private static IQueryable<InspectionSummary> Summaries(IQueryable<Inspection> query) =>
        query.Select(i => new InspectionSummary(
            i.Id, i.Number, i.Kind, i.Sector, i.OperatorId, i.OperatorName, i.PremisesAddress, i.JurisdictionCode, i.InspectedOn,
            i.Status.ToString(), i.Result == null ? null : i.Result.ToString(), i.AmendsInspectionId));

    private static IQueryable<ReferralView> Referrals(IQueryable<PenaltyReferral> query) =>
        query.AsNoTracking().OrderByDescending(r => r.ProposedAt).Take(500).Select(r => new ReferralView(
            r.Id, r.InspectionId, r.InspectionNumber, r.OperatorId, r.OperatorName, r.JurisdictionCode, r.Reason, r.Status, r.ProposedAt));

    private async Task<IReadOnlyList<ReInspectionTaskView>> TasksAsync(IQueryable<ReInspectionTask> query, CancellationToken ct)
    {
        var today = time.ChinaToday();
        var rows = await query.AsNoTracking().OrderBy(t => t.DueOn).Take(500).ToListAsync(ct);
        return [.. rows.Select(t => new ReInspectionTaskView(
            t.Id, t.InspectionId, t.InspectionNumber, t.OperatorId, t.OperatorName, t.PremisesId, t.JurisdictionCode, t.DueOn,
            t.Measures, t.Status, t.ClosedByInspectionId, t.Status == ReInspectionTask.Open && t.DueOn < today))];
    }

    internal static string? OutcomeCode(ItemOutcome? outcome) => outcome switch
    {
        ItemOutcome.Conforms => "conforms",
        ItemOutcome.DoesNotConform => "does_not_conform",
        ItemOutcome.NotApplicable => "not_applicable",
        _ => null,
    };

}
