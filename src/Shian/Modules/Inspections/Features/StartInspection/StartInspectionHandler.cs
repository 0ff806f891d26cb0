using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Inspections.Domain;
using Shian.Modules.Inspections.Features.Inspectors;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Inspections.Features.StartInspection;

/// <summary>
/// Starts an inspection (a draft): a known kind and sector, a day not in the future, an operator and premises in
/// the caller's scope, a team of at least the rule's number of inspectors covering the premises' town, and the
/// items of the checklist version in force that day.
/// </summary>
internal sealed class StartInspectionHandler(
    ShianDbContext db,
    CurrentUser user,
    TimeProvider time,
    IOperatorDirectory operators,
    IPremisesDirectory premises,
    IRuleBook rules,
    InspectorEligibility eligibility)
{
    public async Task<Guid> HandleAsync(StartInspectionRequest request, CancellationToken ct)
    {
        var kind = request.Kind!.Trim();
        if (!InspectionKinds.IsKnown(kind))
        {
            throw ShianException.Invalid(InspectionsErrors.UnknownKind, "kind");
        }

        var sector = request.Sector!.Trim();
        if (!Sectors.IsKnown(sector))
        {
            throw ShianException.Invalid(InspectionsErrors.UnknownSector, "sector");
        }

        var on = request.InspectedOn!.Value;
        if (on > time.ChinaToday())
        {
            throw ShianException.Invalid(InspectionsErrors.FutureDate, "inspectedOn");
        }

        var op = await operators.FindAsync(request.OperatorId!.Value, ct)
            ?? throw ShianException.NotFound(InspectionsErrors.OperatorNotFound);
        var (premisesId, address, town) = await PremisesAsync(op, request.PremisesId, ct);

        var team = await TeamAsync(request.InspectorUserIds ?? [], town, on, ct);
        var checklist = await InForceAsync(sector, on, ct)
            ?? throw ShianException.NotFound(InspectionsErrors.ChecklistNotFound);

        var inspection = new Inspection
        {
            Kind = kind,
            Sector = sector,
            ChecklistId = checklist.Id,
            ChecklistVersion = checklist.Version,
            OperatorId = op.Id,
            OperatorName = op.Name,
            OperatorCreditCode = op.CreditCode,
            PremisesId = premisesId,
            PremisesAddress = address,
            JurisdictionCode = town,
            InspectedOn = on,
            InspectorIds = string.Join(',', team.Select(t => t.Id)),
            InspectorNames = string.Join(InspectionsText.Zh("ListSeparator"), team.Select(t => t.DisplayName)),
            SourceReference = string.IsNullOrWhiteSpace(request.SourceReference) ? null : request.SourceReference.Trim(),
            CreatedAt = time.GetUtcNow(),
            CreatedBy = user.Name,
        };
        inspection.AssignNumber();
        db.Add(inspection);
        db.AddRange(checklist.Items.OrderBy(i => i.Order).Select(i => new InspectionItem
        {
            InspectionId = inspection.Id,
            JurisdictionCode = town,
            ChecklistItemId = i.Id,
            Number = i.Number,
            Order = i.Order,
            Area = i.Area,
            Text = i.Text,
            IsKey = i.IsKey,
            Points = i.Points,
            Citation = i.Citation,
        }));
        await db.SaveChangesAsync(ct);
        return inspection.Id;
    }

    /// <summary>The version in force on <paramref name="on"/>: the latest effective date not after it, then the highest version.</summary>
    private Task<Checklist?> InForceAsync(string sector, DateOnly on, CancellationToken ct) =>
        db.Set<Checklist>().AsNoTracking().Include(c => c.Items)
            .Where(c => c.Sector == sector && c.EffectiveFrom <= on)
            .OrderByDescending(c => c.EffectiveFrom).ThenByDescending(c => c.Version)
            .FirstOrDefaultAsync(ct);

    private async Task<(Guid? Id, string Address, string Town)> PremisesAsync(OperatorSummary op, Guid? premisesId, CancellationToken ct)
    {
        if (premisesId is { } pid)
        {
            var p = await premises.FindAsync(op.Id, pid, ct)
                ?? throw ShianException.NotFound(InspectionsErrors.PremisesNotFound);
            return (p.Id, p.Address, p.JurisdictionCode);
        }

        var all = await premises.ListAsync(op.Id, ct);
        return all.Count == 1 ? (all[0].Id, all[0].Address, all[0].JurisdictionCode) : (null, op.RegisteredAddress, op.JurisdictionCode);
    }

    private async Task<IReadOnlyList<InspectorChoice>> TeamAsync(List<Guid> ids, string town, DateOnly on, CancellationToken ct)
    {
        var distinct = ids.Distinct().ToList();
        var rule = await rules.RequireAsync(InspectionsRules.Team, InspectionsRules.MinInspectors, on, ct);
        if (distinct.Count < rule.AsInt())
        {
            throw ShianException.Invalid(InspectionsErrors.TooFewInspectors, "inspectorUserIds", rule.AsInt(), rule.Citation);
        }

        var (eligible, refused) = await eligibility.CheckAsync(distinct, town, ct);
        if (refused.Count > 0)
        {
            throw ShianException.Invalid(
                InspectionsErrors.InspectorNotEligible, "inspectorUserIds", string.Join(InspectionsText.Get("ListSeparator"), refused));
        }

        return [.. distinct.Select(id => eligible.First(e => e.Id == id))];
    }
}
