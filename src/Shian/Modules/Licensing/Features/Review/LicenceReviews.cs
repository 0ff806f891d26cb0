using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Modules.Licensing.Features.Lifecycle;
using Shian.Modules.Licensing.Features.Materials;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Licensing.Features.Review;

/// <summary>
/// The reviewer's side: the queue of applications under review in the caller's scope with their statutory
/// clock, the application file, on-site verification orders and the decision (approve issues the licence
/// exactly as instant approval does; reject needs a reason the applicant reads).
/// </summary>
internal sealed class LicenceReviews(
    ShianDbContext db,
    CurrentUser user,
    TimeProvider time,
    IRuleBook rules,
    IWorkingDayCalendar calendar,
    IJurisdictionDirectory jurisdictions,
    IOperatorDirectory operators,
    IOperatorTimeline timeline,
    LicenceIssuer issuer,
    LicenceMaterials materials)
{
    public DateOnly Today => time.ChinaToday();

    public async Task<ReviewQueue> QueueAsync(PageRequest page, CancellationToken ct)
    {
        var today = Today;
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
            var clock = await ClockAsync(a.SubmittedAt, today, ct);
            var failed = (JsonSerializer.Deserialize<List<RuleOutcome>>(a.RulesJson, LicenceApplications.Json) ?? [])
                .Where(r => !r.Passed).Select(r => r.Rule).ToList();
            items.Add(new ReviewQueueItem(
                a.Id, a.Kind.ToString(), a.OperatorName, a.PremisesAddress, a.JurisdictionCode, a.BusinessType, a.SubmittedAt,
                clock.DueOn, clock.WorkingDaysLeft, clock.Overdue, failed, a.Open));
        }

        var rule = await DeadlineRuleAsync(today, ct);
        return new ReviewQueue(new PagedList<ReviewQueueItem>(items, rows.Page, rows.PageSize, rows.TotalCount), rule.AsInt(), rule.Citation);
    }

    /// <summary>The application as its reader may see it: staff in scope, the enterprise user its own operator's.</summary>
    public async Task<ApplicationDetails?> DetailsAsync(Guid id, CancellationToken ct)
    {
        var a = await Visible().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (a is null)
        {
            return null;
        }

        var today = Today;
        var clock = await ClockAsync(a.SubmittedAt, today, ct);
        var submittedOn = a.SubmittedAt.ChinaDate();
        var type = await rules.FindAsync(LicensingRules.BusinessTypes, a.BusinessType.ToString(CultureInfo.InvariantCulture), submittedOn, ct);
        var itemRows = await rules.GetSetAsync(LicensingRules.Items, submittedOn, ct);
        var licence = a.LicenceId is { } licenceId
            ? await db.Set<Licence>().IgnoreQueryFilters().AsNoTracking().Where(l => l.Id == licenceId)
                .Select(l => new { l.Number, l.DocumentId }).FirstOrDefaultAsync(ct)
            : null;
        var checklist = await ChecklistAsync(a, submittedOn, ct);
        var verifications = await db.Set<SiteVerification>().IgnoreQueryFilters().AsNoTracking()
            .Where(v => v.ApplicationId == a.Id).OrderBy(v => v.RequestedAt)
            .Select(SiteVerificationProjection).ToListAsync(ct);
        return new ApplicationDetails(
            a.Id, a.Status.ToString(), a.OperatorId, a.OperatorName, a.PremisesAddress, a.JurisdictionCode,
            await jurisdictions.DisplayNameAsync(a.JurisdictionCode, ct),
            a.BusinessType, type?.Value ?? a.BusinessType.ToString(CultureInfo.InvariantCulture),
            a.Items.Select(i => itemRows.FirstOrDefault(r => r.Key == $"{a.BusinessType}:{i}")?.Value ?? i).ToList(),
            a.Commitment, a.LegalRepresentativeIdMasked,
            a.KeyStaffIdsMasked.Split(',', StringSplitOptions.RemoveEmptyEntries), a.SubmittedAt, a.DecidedAt,
            clock.DueOn, clock.WorkingDaysLeft, clock.Overdue, (await DeadlineRuleAsync(submittedOn, ct)).Citation,
            licence?.Number, licence?.DocumentId,
            JsonSerializer.Deserialize<List<RuleOutcome>>(a.RulesJson, LicenceApplications.Json) ?? [],
            checklist, verifications, a.ReviewerName, a.ReviewReason, a.ReviewedAt,
            a.Kind.ToString(), RequestedChanges(a),
            a.FoodCategory is { } category ? (await rules.FindAsync(LicensingRules.FoodCategories, category, submittedOn, ct))?.Value ?? category : null,
            a.SiteReviewNote);
    }

    /// <summary>New applications: the uploaded files per item; other kinds: their own checklist answered yes/no.</summary>
    private async Task<List<ChecklistItem>> ChecklistAsync(LicenceApplication a, DateOnly submittedOn, CancellationToken ct)
    {
        if (a.Kind == ApplicationKind.New)
        {
            var files = await materials.ForApplicationAsync(a.Id, ct);
            return [.. (await materials.ChecklistAsync(ct)).Select(r => new ChecklistItem(r.Key, r.Value, r.Citation, files.LastOrDefault(f => f.Material == r.Key)))];
        }

        var answers = JsonSerializer.Deserialize<Dictionary<string, bool>>(a.MaterialsJson, LicenceApplications.Json) ?? [];
        return [.. (await rules.GetSetAsync(LicensingRules.MaterialsOf(a.Kind.ToString().ToLowerInvariant()), submittedOn, ct))
            .Select(r => new ChecklistItem(r.Key, r.Value, r.Citation, null, answers.GetValueOrDefault(r.Key)))];
    }

    /// <summary>What a change, replacement or cancellation asked for, in the applicant's words (ID numbers masked).</summary>
    private static List<string> RequestedChanges(LicenceApplication a)
    {
        if (a.Kind is ApplicationKind.New or ApplicationKind.Production)
        {
            return [];
        }

        var d = JsonSerializer.Deserialize<LifecycleDetails>(a.DetailsJson, LicenceApplications.Json) ?? new LifecycleDetails();
        List<string> lines = [];
        if (d.OperatorName is { } name)
        {
            lines.Add(Messages.Get("licensing.requested_name", name));
        }

        if (d.LegalRepresentative is { } person)
        {
            lines.Add(Messages.Get("licensing.requested_representative", person, d.LegalRepresentativeIdMasked));
        }

        if (d.BusinessItems is { } items)
        {
            lines.Add(Messages.Get("licensing.requested_items", string.Join(Messages.Get("licensing.list_separator"), items)));
        }

        if (d.Reason is { } reason)
        {
            lines.Add(a.Kind == ApplicationKind.Replacement
                ? Messages.Get(reason == "lost" ? "licensing.requested_replacement_lost" : "licensing.requested_replacement_damaged")
                : Messages.Get("licensing.requested_reason", reason));
        }

        return lines;
    }

    public async Task<ApplicationDetails> ApproveAsync(Guid id, ReviewDecisionRequest request, CancellationToken ct)
    {
        var (application, reviewer) = await UnderReviewAsync(id, ct);
        RefuseProduction(application);
        var rulesRun = JsonSerializer.Deserialize<List<RuleOutcome>>(application.RulesJson, LicenceApplications.Json) ?? [];
        if (rulesRun.Any(r => !r.Passed && r.Rule is InstantApprovalRules.LegalRepresentativeNotBanned or InstantApprovalRules.KeyStaffNotBanned))
        {
            throw ShianException.Conflict(LicensingErrors.ApprovalBarred, Messages.Get("licensing.approval_barred_by_ban"));
        }

        var verifications = await db.Set<SiteVerification>().Where(v => v.ApplicationId == id).Select(v => v.Status).ToListAsync(ct);
        if (verifications.Contains(SiteVerification.Open))
        {
            throw ShianException.Conflict(LicensingErrors.SiteVerificationOpen, Messages.Get("licensing.site_verification_pending"));
        }

        if (verifications.Contains(SiteVerification.Failed))
        {
            throw ShianException.Conflict(LicensingErrors.ApprovalBarred, Messages.Get("licensing.approval_barred_by_site"));
        }

        var op = await operators.FindAsync(application.OperatorId, ct)
            ?? throw ShianException.NotFound(LicensingErrors.OperatorNotFound);
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        application.Review(true, reviewer, user.Name, Trim(request.Reason), now);
        await issuer.IssueAsync(application, op, now.ChinaDate(), ct);
        await timeline.AppendAsync(new OperatorTimelineEvent(
            application.OperatorId, "Licensing", "licensing.application_approved", LicensingText.Zh("licensing.timeline_application_approved"),
            LicensingText.Zh("licensing.timeline_reviewer", user.Name) + (Trim(request.Reason) is { } note ? LicensingText.Zh("licensing.timeline_review_note", note) : ""),
            $"/licensing/applications/{application.Id}"), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await DetailsAsync(id, ct))!;
    }

    public async Task<ApplicationDetails> RejectAsync(Guid id, ReviewDecisionRequest request, CancellationToken ct)
    {
        var reason = Trim(request.Reason)
            ?? throw ShianException.Invalid(LicensingErrors.ReasonRequired, nameof(request.Reason), Messages.Get("licensing.reject_reason_required"));
        var (application, reviewer) = await UnderReviewAsync(id, ct);
        RefuseProduction(application);
        application.Review(false, reviewer, user.Name, reason, time.GetUtcNow());
        await timeline.AppendAsync(new OperatorTimelineEvent(
            application.OperatorId, "Licensing", "licensing.application_rejected", LicensingText.Zh("licensing.timeline_application_rejected"),
            LicensingText.Zh("licensing.timeline_rejection", reason, user.Name), $"/licensing/applications/{application.Id}"), ct);
        await db.SaveChangesAsync(ct);
        return (await DetailsAsync(id, ct))!;
    }

    /// <summary>Orders an on-site verification by the premises' town inspectors (one open order at a time).</summary>
    public async Task<SiteVerificationView> RequestSiteVerificationAsync(Guid id, SiteVerificationRequest request, CancellationToken ct)
    {
        var instructions = Trim(request.Instructions)
            ?? throw ShianException.Invalid(LicensingErrors.ReasonRequired, nameof(request.Instructions), Messages.Get("licensing.instructions_required"));
        var (application, _) = await UnderReviewAsync(id, ct);
        if (await db.Set<SiteVerification>().AnyAsync(v => v.ApplicationId == id && v.Status == SiteVerification.Open, ct))
        {
            throw ShianException.Conflict(LicensingErrors.SiteVerificationOpen, Messages.Get("licensing.site_verification_already_open"));
        }

        var verification = new SiteVerification
        {
            ApplicationId = application.Id,
            OperatorId = application.OperatorId,
            OperatorName = application.OperatorName,
            PremisesAddress = application.PremisesAddress,
            JurisdictionCode = application.JurisdictionCode,
            Instructions = instructions,
            RequestedBy = user.Name,
            RequestedAt = time.GetUtcNow(),
        };
        db.Add(verification);
        await db.SaveChangesAsync(ct);
        return SiteVerificationProjection.Compile()(verification);
    }

    internal static readonly System.Linq.Expressions.Expression<Func<SiteVerification, SiteVerificationView>> SiteVerificationProjection =
        v => new SiteVerificationView(
            v.Id, v.ApplicationId, v.OperatorName, v.PremisesAddress, v.JurisdictionCode, v.Instructions, v.RequestedBy, v.RequestedAt,
            v.Status, v.Notes, v.RecordedBy, v.RecordedAt);

    private async Task<(LicenceApplication Application, Guid Reviewer)> UnderReviewAsync(Guid id, CancellationToken ct)
    {
        var reviewer = user.UserId ?? throw ShianException.Forbidden(LicensingErrors.UserUnknown);

        // Staff scope only (the query filter): a reviewer outside the premises' town never finds it.
        var application = await db.Set<LicenceApplication>().FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw ShianException.NotFound(LicensingErrors.ApplicationNotFound);
        return application.Status == ApplicationStatus.UnderReview
            ? (application, reviewer)
            : throw ShianException.Conflict(LicensingErrors.NotUnderReview);
    }

    /// <summary>SC applications are decided with the on-site review's conclusion (<c>/production/applications/{id}/decision</c>).</summary>
    private static void RefuseProduction(LicenceApplication application)
    {
        if (application.Kind == ApplicationKind.Production)
        {
            throw ShianException.Conflict(LicensingErrors.ProductionNeedsSiteReview);
        }
    }

    private IQueryable<LicenceApplication> Visible() => user.OperatorId is { } own
        ? db.Set<LicenceApplication>().IgnoreQueryFilters().Where(a => a.OperatorId == own)
        : db.Set<LicenceApplication>();

    /// <summary>The decision deadline: the rule in force on the submission day, counted in working days from it.</summary>
    private async Task<(DateOnly DueOn, int WorkingDaysLeft, bool Overdue)> ClockAsync(DateTimeOffset submittedAt, DateOnly today, CancellationToken ct)
    {
        var submittedOn = submittedAt.ChinaDate();
        var due = await calendar.AddWorkingDaysAsync(submittedOn, (await DeadlineRuleAsync(submittedOn, ct)).AsInt(), ct);
        return today <= due
            ? (due, await calendar.CountWorkingDaysAsync(today, due, ct), false)
            : (due, -await calendar.CountWorkingDaysAsync(due, today, ct), true);
    }

    private async Task<RuleValue> DeadlineRuleAsync(DateOnly on, CancellationToken ct) =>
        await rules.RequireAsync(LicensingRules.Deadlines, "decision_working_days", on, ct);

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
