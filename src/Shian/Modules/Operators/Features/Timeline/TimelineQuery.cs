using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Features.Timeline;

/// <summary>The operator's timeline, newest first, as every module wrote to it; null when the operator is not in scope.</summary>
internal sealed class TimelineQuery(ShianDbContext db)
{
    public async Task<PagedList<TimelineItem>?> TimelineAsync(Guid id, PageRequest page, CancellationToken ct)
    {
        if (!await db.Set<Operator>().AnyAsync(o => o.Id == id, ct))
        {
            return null;
        }

        return await db.Set<TimelineEntry>().AsNoTracking().Where(t => t.OperatorId == id).OrderByDescending(t => t.OccurredAt)
                .Select(t => new TimelineItem(t.OccurredAt, t.Module, t.Kind, t.Title, t.Detail, t.ActorName, t.Link)).ToPagedListAsync(page, ct);
    }
}

internal sealed record TimelineItem(
    DateTimeOffset OccurredAt, string Module, string Kind, string Title, string? Detail, string ActorName, string? Link);
