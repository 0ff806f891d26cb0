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
        var inspection = await db.Set<Inspection>().Unscoped("the event is handled in the raising save, whatever the caller's scope (demo seeding signs without one); found by its id").FirstOrDefaultAsync(i => i.Id == domainEvent.InspectionId, ct);
        if (inspection is null)
        {
            return;
        }

        inspection.MarkPublished(time.ChinaToday());

        // The timeline entry is record data written now: Chinese, whatever the signing inspector's language.
        await timeline.AppendAsync(new OperatorTimelineEvent(
            domainEvent.OperatorId, "Inspections", "inspections.completed",
            InspectionsText.Zh("TimelineCompleted", InspectionKinds.ChineseName(domainEvent.Kind), InspectionOutcomeRules.ChineseName(domainEvent.Result)),
            InspectionsText.Zh("TimelineCompletedDetail",
                ChinaTime.FormatDate(domainEvent.InspectedOn), inspection.Number, ChinaTime.FormatDate(domainEvent.PublishBy)),
            $"/inspections/{domainEvent.InspectionId}"), ct);
    }
}
