using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.RiskGrading.Domain;
using Shian.Modules.RiskGrading.Features.Plans.ListPlans;
using Shian.Modules.RiskGrading.Features.Regrade;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.RiskGrading.Features.Plans.PlanDetail;

/// <summary>A plan with what is due, overdue and done today (inspections recorded since generation count at once); the page, the API and the CSV export call this.</summary>
internal sealed class PlanQuery(ShianDbContext db, IJurisdictionDirectory jurisdictions, RiskModelLoader models, RiskGrader grader)
{
    /// <summary>The plan with status counts, workload per inspector and one page of items (filtered by status, inspector, town).</summary>
    public async Task<PlanView?> GetAsync(Guid planId, PlanFilter filter, PageRequest page, CancellationToken ct)
    {
        if (filter.Status is { Length: > 0 } s && !PlanSchedule.Statuses.Contains(s))
        {
            throw ShianException.Invalid(RiskGradingErrors.UnknownStatus, "status");
        }

        var plan = await db.Set<InspectionPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return null;
        }

        var rows = await RowsAsync(plan, ct);
        var workload = rows.GroupBy(r => (r.InspectorUserId, r.InspectorName))
            .Select(g => new InspectorWorkload(
                g.Key.InspectorUserId, g.Key.InspectorName, g.Count(), g.Sum(r => r.RequiredInspections), g.Sum(r => Math.Min(r.Done, r.RequiredInspections)),
                g.Count(r => r.Status == PlanSchedule.Overdue)))
            .OrderBy(w => w.InspectorName is null).ThenBy(w => w.InspectorName, StringComparer.Ordinal).ToList();
        var filtered = rows.Where(r =>
            (filter.Status is not { Length: > 0 } || r.Status == filter.Status) &&
            (filter.InspectorUserId is null || r.InspectorUserId == filter.InspectorUserId) &&
            (filter.Town is not { Length: > 0 } || r.JurisdictionCode == filter.Town)).ToList();
        var items = filtered.Skip(page.Skip).Take(page.SafePageSize).ToList();
        return new PlanView(
            new PlanSummary(plan.Id, plan.JurisdictionCode, plan.Year, plan.GeneratedAt, plan.GeneratedBy, plan.OperatorCount, plan.RequiredInspections, plan.InspectorCount, plan.UnassignedCount),
            await jurisdictions.DisplayNameAsync(plan.JurisdictionCode, ct),
            rows.Count(r => r.Status == PlanSchedule.Due), rows.Count(r => r.Status == PlanSchedule.Overdue), rows.Count(r => r.Status == PlanSchedule.Done),
            BreakdownJson.ReadRules(plan.RulesJson), workload, new PagedList<PlanItemView>(items, page.SafePage, page.SafePageSize, filtered.Count));
    }

    /// <summary>Every item of the plan with its status today (for the view and the CSV export).</summary>
    public async Task<List<PlanItemView>> RowsAsync(InspectionPlan plan, CancellationToken ct)
    {
        var model = await models.LoadAsync(grader.Today, ct);
        var partial = model.List(RiskGradingRules.FullCoverage, "partial_kinds");
        var from = new DateOnly(plan.Year, 1, 1);
        var to = new DateOnly(plan.Year, 12, 31);
        var done = (await db.Set<RiskEvent>().AsNoTracking()
                .Where(e => e.Kind == RiskEventKinds.Inspection && e.OccurredOn >= from && e.OccurredOn <= to && e.JurisdictionCode.StartsWith(plan.JurisdictionCode))
                .Select(e => new { e.OperatorId, e.InspectionKind, e.OccurredOn }).ToListAsync(ct))
            .GroupBy(e => e.OperatorId)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Full: g.Count(e => !partial.Contains(e.InspectionKind ?? "")), Last: g.Max(e => e.OccurredOn)));
        var items = await db.Set<PlanItem>().AsNoTracking().Where(i => i.PlanId == plan.Id)
            .OrderBy(i => i.JurisdictionCode).ThenByDescending(i => i.TotalScore).ThenBy(i => i.CreditCode).ToListAsync(ct);
        var today = grader.Today;
        return [.. items.Select(i =>
        {
            var d = done.GetValueOrDefault(i.OperatorId);
            var (status, next) = PlanSchedule.StatusOf(plan.Year, i.RequiredInspections, i.FullCoverageRequired, d.Count, d.Full, today);
            return new PlanItemView(
                i.OperatorId, i.OperatorName, i.CreditCode, i.JurisdictionCode, i.Grade, i.TotalScore, i.Priority, i.RequiredInspections,
                i.FullCoverageRequired, i.InspectorUserId, i.InspectorName, d.Count, d.Count > 0 ? d.Last : null, status, next);
        })];
    }

    public Task<InspectionPlan?> FindAsync(Guid planId, CancellationToken ct) =>
        db.Set<InspectionPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);
}

internal sealed record PlanFilter(string? Status = null, Guid? InspectorUserId = null, string? Town = null);

internal sealed record PlanView(
    PlanSummary Plan, string DistrictName, int Due, int Overdue, int Done, IReadOnlyList<RuleApplied> Rules, IReadOnlyList<InspectorWorkload> Workload,
    PagedList<PlanItemView> Items);

internal sealed record InspectorWorkload(Guid? InspectorUserId, string? InspectorName, int Operators, int RequiredInspections, int DoneInspections, int OverdueOperators);

internal sealed record PlanItemView(
    Guid OperatorId, string OperatorName, string CreditCode, string JurisdictionCode, string Grade, decimal TotalScore, bool Priority,
    int RequiredInspections, bool FullCoverageRequired, Guid? InspectorUserId, string? InspectorName, int Done, DateOnly? LastInspectedOn,
    string Status, DateOnly? NextDue);
