using Microsoft.EntityFrameworkCore;
using Shian.Modules.RandomChecks.Domain;
using Shian.Modules.RandomChecks.Features.Tasks;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.RandomChecks.Features.Assignments;

/// <summary>
/// An inspector's drawn targets: what to inspect and by when, open ones first. Read by the inspector's own id
/// rather than the town filter: a city-wide draw may send an inspector outside their posting, and the draw is the
/// authority for that.
/// </summary>
internal sealed class MyAssignments(ShianDbContext db, CurrentUser user)
{
    public async Task<PagedList<MyAssignment>> ListAsync(PageRequest page, CancellationToken ct)
    {
        var me = user.UserId ?? Guid.Empty;
        var query = db.Set<Assignment>().Unscoped("an inspector's own drawn targets, wherever the task placed them").AsNoTracking()
            .Where(a => a.Status != AssignmentStatus.Cancelled && a.Inspectors.Any(i => i.UserId == me));
        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderBy(a => a.Status == AssignmentStatus.Open ? 0 : 1).ThenBy(a => a.DueOn).ThenBy(a => a.Position)
            .Skip(page.Skip).Take(page.SafePageSize)
            .Select(a => new
            {
                a.Id,
                a.TaskId,
                TaskName = db.Set<CheckTask>().Unscoped("the name of the task that drew one of the inspector's own targets").Where(t => t.Id == a.TaskId).Select(t => t.Name).FirstOrDefault(),
                a.OperatorId,
                a.CreditCode,
                a.OperatorName,
                a.JurisdictionCode,
                a.DueOn,
                a.Status,
                a.Result,
                a.InspectedOn,
                Inspectors = a.Inspectors.OrderBy(i => i.Order).Select(i => new InspectorView(i.UserId, i.DisplayName)).ToList(),
            })
            .ToListAsync(ct);
        var items = rows.Select(x => new MyAssignment(
            x.Id, x.TaskId, x.TaskName ?? "", x.OperatorId, x.CreditCode, x.OperatorName, x.JurisdictionCode, x.DueOn, x.Status.ToString(),
            x.Inspectors, InspectionCompletedHandler.SourcePrefix + x.TaskId, x.Result?.ToString(), x.InspectedOn)).ToList();
        return new PagedList<MyAssignment>(items, page.SafePage, page.SafePageSize, total);
    }
}

/// <summary><see cref="SourceReference"/> is what the inspection must carry so that its completion closes this target.</summary>
internal sealed record MyAssignment(
    Guid Id, Guid TaskId, string TaskName, Guid OperatorId, string CreditCode, string OperatorName, string JurisdictionCode, DateOnly DueOn,
    string Status, IReadOnlyList<InspectorView> Inspectors, string SourceReference, string? Result, DateOnly? InspectedOn);
