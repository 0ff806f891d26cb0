using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Inspections.Domain;
using Shian.Shared.Modules;
using Shian.Shared.Persistence;

namespace Shian.Modules.Inspections.Features.Publication;

/// <summary>Published results for anyone: outside any jurisdiction scope, and without personal data.</summary>
internal sealed class PublicationQueries(ShianDbContext db, IRuleBook rules, IJurisdictionDirectory jurisdictions)
{
    public async Task<PublicInspectionView?> PublicAsync(Guid id, CancellationToken ct)
    {
        var list = await PublicListAsync(db.Set<Inspection>().Unscoped("inspection results are published to everyone (SAMR Order No. 49, Art. 39)").Where(i => i.Id == id), ct);
        return list.Count > 0 ? list[0] : null;
    }

    public Task<Guid?> PublicOperatorOfAsync(Guid id, CancellationToken ct) =>
        db.Set<Inspection>().Unscoped("inspection results are published to everyone (SAMR Order No. 49, Art. 39)").Where(i => i.Id == id).Select(i => (Guid?)i.OperatorId).FirstOrDefaultAsync(ct);

    public Task<IReadOnlyList<PublicInspectionView>> PublicForOperatorAsync(Guid operatorId, CancellationToken ct) =>
        PublicListAsync(db.Set<Inspection>().Unscoped("inspection results are published to everyone (SAMR Order No. 49, Art. 39)").Where(i => i.OperatorId == operatorId), ct);

    private async Task<IReadOnlyList<PublicInspectionView>> PublicListAsync(IQueryable<Inspection> query, CancellationToken ct)
    {
        var rows = await query.AsNoTracking().Where(i => i.Status == InspectionStatus.Signed && i.PublishedOn != null)
            .OrderByDescending(i => i.InspectedOn).Take(100).ToListAsync(ct);
        var views = new List<PublicInspectionView>();
        foreach (var i in rows)
        {
            var rule = await rules.FindAsync(InspectionsRules.Publication, InspectionsRules.PublicationWorkingDays, i.InspectedOn, ct);
            views.Add(new PublicInspectionView(
                i.Id, i.Number, i.OperatorName, i.PremisesAddress, await jurisdictions.DisplayNameAsync(i.JurisdictionCode, ct),
                InspectionKinds.Name(i.Kind), i.InspectedOn, InspectionOutcomeRules.Name(i.Result!.Value), i.PublishedOn!.Value,
                i.PublishBy!.Value, rule?.Citation ?? "", i.ResultDocumentCode));
        }

        return views;
    }
}

/// <summary>What the public sees: no personal data (no inspector, no signatory, no notes).</summary>
[PublicBecause("PublicInspectionFacts.razor, a public component, takes one as a parameter")]
public sealed record PublicInspectionView(
    Guid Id, string Number, string OperatorName, string PremisesAddress, string Town, string Kind, DateOnly InspectedOn,
    string Result, DateOnly PublishedOn, DateOnly PublishBy, string PublicationCitation, string? ResultDocumentCode);
