using Microsoft.EntityFrameworkCore;
using Shian.Modules.Registration.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Registration.Features.ReviewQueue;

/// <summary>
/// The reviewer queue: applications of the caller's scope (through the scope filter), those under review first,
/// by due date, each with the failed checks as its reasons.
/// </summary>
internal sealed class ReviewQueueQuery(ShianDbContext db)
{
    public async Task<PagedList<QueueItem>> QueueAsync(RegistrationStatus? status, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<RegistrationApplication>().AsNoTracking();
        query = status is { } s ? query.Where(a => a.Status == s) : query;
        var result = await query.OrderBy(a => a.Status == RegistrationStatus.UnderReview ? 0 : 1).ThenBy(a => a.DecisionDueOn).ThenBy(a => a.SubmittedAt)
            .Select(a => new { a.Id, a.TrackingNumber, a.Name, a.EntityType, a.JurisdictionCode, a.Status, a.SubmittedAt, a.DecisionDueOn, a.ChecksJson })
            .ToPagedListAsync(page, ct);
        var separator = Messages.Get("registration.check_separator");
        return new PagedList<QueueItem>(
            [.. result.Items.Select(a => new QueueItem(
                a.Id, a.TrackingNumber, a.Name, a.EntityType.ToString(), a.JurisdictionCode, a.Status.ToString(), a.SubmittedAt, a.DecisionDueOn,
                string.Join(separator, CheckOutcome.Parse(a.ChecksJson).Where(c => !c.Passed).Select(c => c.Explanation))))],
            result.Page, result.PageSize, result.TotalCount);
    }
}

/// <summary>A line of the reviewer queue.</summary>
internal sealed record QueueItem(
    Guid Id, string TrackingNumber, string Name, string EntityType, string TownCode, string Status,
    DateTimeOffset SubmittedAt, DateOnly DecisionDueOn, string FailedChecks);
