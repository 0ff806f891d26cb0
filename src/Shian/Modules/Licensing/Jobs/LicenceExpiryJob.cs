using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Jobs;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Licensing.Jobs;

/// <summary>
/// Daily licence housekeeping: (1) a valid licence past its last day becomes Expired (the public page says
/// 已过期; lists need no date logic) and the holder is told; (2) the holder is reminded when a licence reaches a
/// milestone of rule set <c>licensing.reminders</c> (working days before expiry), once per licence, milestone and
/// validity period (unique row in <c>licensing_reminder</c>), so reruns and renewals behave. Works in batches and
/// commits each, so a run that dies mid-way is simply continued by the next one.
/// </summary>
internal sealed class LicenceExpiryJob(
    ShianDbContext db,
    TimeProvider time,
    IRuleBook rules,
    IWorkingDayCalendar calendar,
    IOperatorInbox inbox,
    IOperatorTimeline timeline) : IScheduledJob
{
    private const int Batch = 200;

    public string Name => "licensing.licence_expiry";

    public TimeSpan Interval => TimeSpan.FromHours(6);

    public async Task<string> RunAsync(IProgress<string> progress, CancellationToken ct)
    {
        var today = time.ChinaToday();
        var expired = await ExpireAsync(today, progress, ct);
        var reminded = await RemindAsync(today, progress, ct);
        return $"{expired} licences expired, {reminded} reminders sent";
    }

    private async Task<int> ExpireAsync(DateOnly today, IProgress<string> progress, CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var batch = await db.Set<Licence>().Where(l => l.Status == LicenceStatus.Valid && l.ValidUntil < today)
                .OrderBy(l => l.ValidUntil).ThenBy(l => l.Id).Take(Batch).ToListAsync(ct);
            if (batch.Count == 0)
            {
                return total;
            }

            foreach (var licence in batch)
            {
                licence.Expire(today);
                var what = What(licence);
                var text = LicensingText.Zh("licensing.expired_text", what, licence.Number, ChinaTime.FormatDate(licence.ValidUntil));
                await timeline.AppendAsync(new OperatorTimelineEvent(
                    licence.OperatorId, "Licensing", "licensing.licence_expired", LicensingText.Zh("licensing.timeline_licence_expired", licence.Number), text, Link(licence)), ct);
                await inbox.PostAsync(new OperatorInboxMessage(
                    licence.OperatorId, "Licensing", "licensing.licence_expired", LicensingText.Zh("licensing.inbox_licence_expired", what, licence.Number), text, Link(licence)), ct);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            total += batch.Count;
            progress.Report($"{total} licences expired");
        }
    }

    /// <summary>
    /// Milestones from the farthest to the nearest: a licence gets the milestone whose band it is in now, so one
    /// first seen 10 working days before expiry gets the "deadline near" reminder, not a stale "window opens" too.
    /// </summary>
    private async Task<int> RemindAsync(DateOnly today, IProgress<string> progress, CancellationToken ct)
    {
        var milestones = (await rules.GetSetAsync(LicensingRules.Reminders, today, ct)).OrderByDescending(m => m.AsInt()).ToList();
        var total = 0;
        for (var i = 0; i < milestones.Count; i++)
        {
            var milestone = milestones[i];
            var upTo = await calendar.AddWorkingDaysAsync(today, milestone.AsInt(), ct);
            var after = i + 1 < milestones.Count ? await calendar.AddWorkingDaysAsync(today, milestones[i + 1].AsInt(), ct) : today.AddDays(-1);
            total += await RemindBandAsync(milestone, after, upTo, progress, ct);
        }

        return total;
    }

    private async Task<int> RemindBandAsync(RuleValue milestone, DateOnly after, DateOnly upTo, IProgress<string> progress, CancellationToken ct)
    {
        var key = milestone.Key;
        var total = 0;
        while (true)
        {
            var batch = await db.Set<Licence>()
                .Where(l => l.Status == LicenceStatus.Valid && l.ValidUntil > after && l.ValidUntil <= upTo &&
                            !db.Set<LicenceReminder>().Any(r => r.LicenceId == l.Id && r.Milestone == key && r.ForValidUntil == l.ValidUntil))
                .OrderBy(l => l.ValidUntil).ThenBy(l => l.Id).Take(Batch).AsNoTracking().ToListAsync(ct);
            if (batch.Count == 0)
            {
                return total;
            }

            foreach (var licence in batch)
            {
                db.Add(new LicenceReminder { LicenceId = licence.Id, Milestone = key, ForValidUntil = licence.ValidUntil, SentAt = time.GetUtcNow() });
                var validUntil = ChinaTime.FormatDate(licence.ValidUntil);
                var text = LicensingText.Zh("licensing.reminder_text", What(licence), licence.Number, validUntil, milestone.Citation);
                await inbox.PostAsync(new OperatorInboxMessage(
                    licence.OperatorId, "Licensing", "licensing.renewal_reminder",
                    LicensingText.Zh("licensing.inbox_reminder", licence.Number, validUntil), text, Link(licence)), ct);
                await timeline.AppendAsync(new OperatorTimelineEvent(
                    licence.OperatorId, "Licensing", "licensing.renewal_reminder", LicensingText.Zh("licensing.timeline_reminder", licence.Number),
                    LicensingText.Zh("licensing.timeline_reminder_detail", key, milestone.AsInt(), validUntil), Link(licence)), ct);
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            total += batch.Count;
            progress.Report($"{total} reminders ({key})");
        }
    }

    private static string What(Licence licence) =>
        LicensingText.Zh(licence.IsProduction ? "licensing.production_licence" : "licensing.business_licence");

    private static string Link(Licence licence) => $"/verify/licence/{licence.Number}";
}
