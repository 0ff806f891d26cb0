using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Operators.Features.Timeline;

internal sealed class OperatorTimeline(ShianDbContext db, CurrentUser user, TimeProvider time) : IOperatorTimeline
{
    public async Task AppendAsync(OperatorTimelineEvent timelineEvent, CancellationToken ct)
    {
        // The operator may have been added in this same unit of work (registration), so look locally first.
        var jurisdiction = db.ChangeTracker.Entries<Operator>().FirstOrDefault(e => e.Entity.Id == timelineEvent.OperatorId)?.Entity.JurisdictionCode
            ?? await db.Set<Operator>().Unscoped("the entry takes the operator's town whoever writes it (jobs, the public service)").Where(o => o.Id == timelineEvent.OperatorId)
                .Select(o => o.JurisdictionCode).FirstOrDefaultAsync(ct)
            ?? throw new InvalidOperationException($"Operator {timelineEvent.OperatorId} does not exist.");

        db.Add(new TimelineEntry
        {
            OperatorId = timelineEvent.OperatorId,
            JurisdictionCode = jurisdiction,
            OccurredAt = time.GetUtcNow(),
            Module = timelineEvent.Module,
            Kind = timelineEvent.Kind,
            Title = timelineEvent.Title,
            Detail = timelineEvent.Detail,
            ActorName = user.Name,
            Link = timelineEvent.Link,
        });
    }
}
