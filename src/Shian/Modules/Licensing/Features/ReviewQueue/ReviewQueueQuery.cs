using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Licensing.Features.ReviewQueue;

/// <summary>The reviewer's queue: applications under review in the caller's scope (query filter), oldest first, with their clock.</summary>
internal sealed class ReviewQueueQuery(ShianDbContext db, TimeProvider time, DecisionClock clock)
{
    public async Task<ReviewQueueView> QueueAsync(PageRequest page, CancellationToken ct)
    {
        var today = time.ChinaToday();
        var rows = await db.Set<LicenceApplication>().AsNoTracking()
            .Where(a => a.Status == ApplicationStatus.UnderReview)
            .OrderBy(a => a.SubmittedAt).ThenBy(a => a.Id)
            .Select(a => new
            {
                a.Id,
                a.Kind,
                a.OperatorName,
                a.PremisesAddress,
                a.JurisdictionCode,
                a.BusinessType,
                a.SubmittedAt,
                a.RulesJson,
                Open = db.Set<SiteVerification>().Any(v => v.ApplicationId == a.Id && v.Status == SiteVerification.Open),
            })
            .ToPagedListAsync(page, ct);
        var items = new List<ReviewQueueItem>();
        foreach (var a in rows.Items)
        {
            var due = await clock.OfAsync(a.SubmittedAt, today, ct);
            var failed = (JsonSerializer.Deserialize<List<RuleOutcome>>(a.RulesJson, LicenceApplications.Json) ?? [])
                .Where(r => !r.Passed).Select(r => r.Rule).ToList();
            items.Add(new ReviewQueueItem(
                a.Id, a.Kind.ToString(), a.OperatorName, a.PremisesAddress, a.JurisdictionCode, a.BusinessType, a.SubmittedAt,
                due.DueOn, due.WorkingDaysLeft, due.Overdue, failed, a.Open));
        }

        var rule = await clock.DeadlineRuleAsync(today, ct);
        return new ReviewQueueView(new PagedList<ReviewQueueItem>(items, rows.Page, rows.PageSize, rows.TotalCount), rule.AsInt(), rule.Citation);
    }
}

/// <summary>One row of the reviewer queue; the due date is counted in working days from the submission day.</summary>
internal sealed record ReviewQueueItem(
    Guid Id, string Kind, string OperatorName, string PremisesAddress, string JurisdictionCode, int BusinessType, DateTimeOffset SubmittedAt,
    DateOnly DueOn, int WorkingDaysLeft, bool Overdue, IReadOnlyList<string> FailedRules, bool SiteVerificationOpen);

/// <summary>The queue page plus the rule the deadlines come from, so the page can cite it.</summary>
internal sealed record ReviewQueueView(PagedList<ReviewQueueItem> Items, int DecisionWorkingDays, string Citation);
