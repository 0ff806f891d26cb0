using Microsoft.EntityFrameworkCore;
using Shian.Modules.Inspections.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Inspections.Features.FollowUp;

/// <summary>Re-inspection tasks of the caller's scope: open ones, overdue ones, and those of one inspection.</summary>
internal sealed class FollowUpQueries(ShianDbContext db, TimeProvider time)
{
    /// <summary>Open re-inspection tasks of the caller's scope whose rectification deadline has passed.</summary>
    public Task<IReadOnlyList<ReInspectionTaskView>> OverdueAsync(CancellationToken ct)
    {
        var today = time.ChinaToday();
        return TasksAsync(db.Set<ReInspectionTask>().Where(t => t.Status == ReInspectionTask.Open && t.DueOn < today), ct);
    }

    public Task<IReadOnlyList<ReInspectionTaskView>> OpenTasksAsync(CancellationToken ct) =>
        TasksAsync(db.Set<ReInspectionTask>().Where(t => t.Status == ReInspectionTask.Open), ct);

    public async Task<IReadOnlyList<ReInspectionTaskView>> TasksAsync(IQueryable<ReInspectionTask> query, CancellationToken ct)
    {
        var today = time.ChinaToday();
        var rows = await query.AsNoTracking().OrderBy(t => t.DueOn).Take(500).ToListAsync(ct);
        return [.. rows.Select(t => new ReInspectionTaskView(
            t.Id, t.InspectionId, t.InspectionNumber, t.OperatorId, t.OperatorName, t.PremisesId, t.JurisdictionCode, t.DueOn,
            t.Measures, t.Status, t.ClosedByInspectionId, t.Status == ReInspectionTask.Open && t.DueOn < today))];
    }
}

internal sealed record ReInspectionTaskView(
    Guid Id, Guid InspectionId, string InspectionNumber, Guid OperatorId, string OperatorName, Guid? PremisesId,
    string JurisdictionCode, DateOnly DueOn, string Measures, string Status, Guid? ClosedByInspectionId, bool Overdue);
