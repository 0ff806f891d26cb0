using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Audit.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Features.OperatorFile;

/// <summary>The operator's file (一户一档): its data, premises and the timeline every module writes to.</summary>
internal sealed class OperatorFileQuery(ShianDbContext db, IJurisdictionDirectory jurisdictions, IAuditTrail audit)
{
    /// <param name="id">The operator.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="ownOperator">The caller is the operator's own enterprise user: step past the staff scope filter.</param>
    public async Task<OperatorDetails?> GetAsync(Guid id, CancellationToken ct, bool ownOperator = false)
    {
        var operators = ownOperator ? db.Set<Operator>().IgnoreQueryFilters() : db.Set<Operator>();
        var o = await operators.AsNoTracking().Include(x => x.Premises).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null)
        {
            return null;
        }

        var premises = new List<PremisesView>();
        foreach (var p in o.Premises)
        {
            premises.Add(new PremisesView(p.Id, p.Name, p.Address, p.JurisdictionCode, await jurisdictions.DisplayNameAsync(p.JurisdictionCode, ct), p.Categories));
        }

        return new OperatorDetails(
            o.Id, o.CreditCode, o.CreditCodeOverrideReason, o.Name, o.EntityType.ToString(), o.LegalRepresentative,
            o.LegalRepresentativeIdMasked, o.PhoneMasked, o.ContactPerson, o.ContactEmail, o.RegisteredAddress, o.JurisdictionCode,
            await jurisdictions.DisplayNameAsync(o.JurisdictionCode, ct), o.Categories, o.Status.ToString(), o.RegisteredAt, o.UpdatedAt,
            o.Version, premises);
    }

    public async Task<PagedList<TimelineItem>?> TimelineAsync(Guid id, PageRequest page, CancellationToken ct)
    {
        if (!await db.Set<Operator>().AnyAsync(o => o.Id == id, ct))
        {
            return null;
        }

        return await db.Set<TimelineEntry>().AsNoTracking().Where(t => t.OperatorId == id).OrderByDescending(t => t.OccurredAt)
                .Select(t => new TimelineItem(t.OccurredAt, t.Module, t.Kind, t.Title, t.Detail, t.ActorName, t.Link)).ToPagedListAsync(page, ct);
    }

    /// <summary>The ledger's entries about the operator and its premises, for the file's audit tab.</summary>
    public async Task<PagedList<AuditEntrySummary>> AuditAsync(Guid id, PageRequest page, CancellationToken ct)
    {
        // Ids are formatted here, as the ledger writes them: SQLite would return its own upper-case text form.
        var premisesIds = await db.Set<Premises>().AsNoTracking().Where(p => p.OperatorId == id).Select(p => p.Id).ToListAsync(ct);
        var ids = premisesIds.Append(id).Select(g => g.ToString()).ToList();
        return await audit.ForEntitiesAsync(ids, page, ct);
    }
}

internal sealed record OperatorDetails(
    Guid Id, string CreditCode, string? CreditCodeOverrideReason, string Name, string EntityType, string LegalRepresentative,
    string LegalRepresentativeIdMasked, string PhoneMasked, string? ContactPerson, string? ContactEmail, string RegisteredAddress,
    string JurisdictionCode, string TownName, IReadOnlyList<string> Categories, string Status, DateTimeOffset RegisteredAt,
    DateTimeOffset UpdatedAt, int Version, IReadOnlyList<PremisesView> Premises);

internal sealed record PremisesView(Guid Id, string? Name, string Address, string JurisdictionCode, string TownName, IReadOnlyList<string> Categories);

internal sealed record TimelineItem(
    DateTimeOffset OccurredAt, string Module, string Kind, string Title, string? Detail, string ActorName, string? Link);
