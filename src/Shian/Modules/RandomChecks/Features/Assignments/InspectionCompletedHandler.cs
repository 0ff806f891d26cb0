using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.RandomChecks.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.RandomChecks.Features.Assignments;

/// <summary>
/// Records who inspected whom (for recusal) and closes the drawn target when the inspection was ordered by a task
/// (<c>randomchecks:{taskId}</c>), with its publication deadline counted in working days.
/// </summary>
internal sealed class InspectionCompletedHandler(ShianDbContext db, IRuleBook rules, IWorkingDayCalendar calendar)
    : IDomainEventHandler<InspectionCompleted>
{
    public const string SourcePrefix = "randomchecks:";

    public async Task HandleAsync(InspectionCompleted e, CancellationToken ct)
    {
        var known = await db.Set<InspectionRecord>().Unscoped("an event handler: the record of an inspection, whoever completed it").Where(r => r.InspectionId == e.InspectionId)
            .Select(r => r.InspectorUserId).ToListAsync(ct);
        foreach (var inspector in e.InspectorUserIds.Distinct().Except(known))
        {
            db.Add(new InspectionRecord
            {
                InspectionId = e.InspectionId,
                OperatorId = e.OperatorId,
                InspectorUserId = inspector,
                InspectedOn = e.InspectedOn,
                JurisdictionCode = e.JurisdictionCode,
            });
        }

        if (e.SourceReference is not { } source || !source.StartsWith(SourcePrefix, StringComparison.Ordinal) ||
            !Guid.TryParse(source[SourcePrefix.Length..], out var taskId))
        {
            return;
        }

        var assignment = await db.Set<Assignment>().Unscoped("an event handler: the drawn target an inspection completes, whoever completed it")
            .FirstOrDefaultAsync(a => a.TaskId == taskId && a.OperatorId == e.OperatorId && a.Status == AssignmentStatus.Open, ct);
        if (assignment is null)
        {
            return;
        }

        var days = await rules.RequireIntAsync(RandomChecksRules.InspectionPublication, RandomChecksRules.PublicationWorkingDays, e.InspectedOn, ct);
        assignment.Complete(e, await calendar.AddWorkingDaysAsync(e.InspectedOn, days, ct));
    }
}
