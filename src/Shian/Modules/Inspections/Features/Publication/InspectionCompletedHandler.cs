using Microsoft.EntityFrameworkCore;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Inspections.Domain;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Inspections.Features.Publication;

/// <summary>
/// Inspections' own reaction to a sign-off, in the same transaction: the result goes public at once (well inside
/// the 20-working-day limit) and the operator's file gets a timeline entry.
/// </summary>
internal sealed class InspectionCompletedHandler(ShianDbContext db, TimeProvider time, IOperatorTimeline timeline)
    : IDomainEventHandler<InspectionCompleted>
{
    public async Task HandleAsync(InspectionCompleted domainEvent, CancellationToken ct)
    {
        // Results recorded elsewhere (a higher-level bureau's inspection brought in by an import) reach the other
        // modules through the same event but are not this module's to publish.
        var inspection = await db.Set<Inspection>().IgnoreQueryFilters().FirstOrDefaultAsync(i => i.Id == domainEvent.InspectionId, ct);
        if (inspection is null)
        {
            return;
        }

        inspection.MarkPublished(time.ChinaToday());

        var result = InspectionOutcomeRules.Chinese(domainEvent.Result);
        await timeline.AppendAsync(new OperatorTimelineEvent(
            domainEvent.OperatorId, "Inspections", "inspections.completed",
            $"{InspectionKinds.Names[domainEvent.Kind]}：{result}",
            $"检查日期 {domainEvent.InspectedOn:yyyy-MM-dd}；编号 {inspection.Number}；公示期限 {domainEvent.PublishBy:yyyy-MM-dd}",
            $"/inspections/{domainEvent.InspectionId}"), ct);
    }
}
