using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Credit.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Kernel.Identifiers;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing.Features.Production;

/// <summary>
/// SC applications: submitted like food business applications, but every one waits for the on-site review
/// (rule row <c>licensing.commitment_kinds/production</c> = no, 令第24号); a reviewer records the review's
/// conclusion and approves (the SC number is drawn then) or rejects.
/// </summary>
internal sealed class ProductionApplications(
    ShianDbContext db,
    CurrentUser user,
    TimeProvider time,
    IOperatorDirectory operators,
    ICreditChecks credit,
    IRuleBook rules,
    IJurisdictionDirectory jurisdictions,
    IWorkingDayCalendar calendar,
    IOperatorTimeline timeline,
    IOperatorInbox inbox,
    LicenceApplications applications,
    ProductionIssuer production)
{
    public async Task<(ApplicationView View, bool Replayed)> SubmitAsync(ProductionRequest request, string? headerKey, CancellationToken ct)
    {
        var key = IdempotencyKeys.Read(headerKey, request.IdempotencyKey, LicensingErrors.IdempotencyKeyRequired);

        var submitter = user.UserId ?? throw ShianException.Forbidden(LicensingErrors.UserUnknown);
        var hash = IdempotencyKeys.Fingerprint(request);
        await EnsureSameRequestAsync(submitter, key, hash, ct);
        if (await FindReplayAsync(submitter, key, ct) is { } replay)
        {
            return (replay, true);
        }

        var op = await Applicant.FindAsync(user, operators, request.OperatorId, ct);
        var town = await Applicant.TownAsync(jurisdictions, request.PremisesTownCode!, ct);
        var now = time.GetUtcNow();
        var today = now.ChinaDate();
        var category = await rules.FindAsync(LicensingRules.FoodCategories, request.FoodCategory!, today, ct)
            ?? throw ShianException.Invalid(LicensingErrors.UnknownFoodCategory, nameof(request.FoodCategory));

        var ban = await credit.FindBanAsync(ResidentIdNumber.Parse(request.LegalRepresentativeIdNumber), today, ct);
        var listing = await credit.FindSeriousViolationAsync(op.CreditCode, today, ct);
        var result = LifecycleRules.Evaluate(
            new LifecycleFacts(
                ApplicationKind.Production, request.Commitment, request.Materials ?? [], [],
                ban is null ? null : $"{Mask.PersonName(ban.PersonName)}，{ban.Reason}，{ban.Decision}",
                listing is null ? null : $"{listing.Reason}，{listing.Decision}"),
            new LifecycleRuleRows(
                await rules.GetSetAsync(LicensingRules.MaterialsOf("production"), today, ct),
                await rules.FindAsync(LicensingRules.CommitmentKinds, "production", today, ct),
                await rules.FindAsync(LicensingRules.Credit, "ban_and_listing_check", today, ct)));
        if (result.Approve)
        {
            // The kind rule's row says "no"; a row edited to "yes" must not turn SC into instant approval.
            throw new InvalidOperationException("A production licence must never be approved without an on-site review.");
        }

        var days = await rules.RequireAsync(LicensingRules.Deadlines, "production_decision_working_days", today, ct);
        var application = new LicenceApplication
        {
            Kind = ApplicationKind.Production,
            OperatorId = op.Id,
            PremisesAddress = request.PremisesAddress!.Trim(),
            JurisdictionCode = town.Code,
            BusinessType = 0,
            BusinessItems = "",
            FoodCategory = category.Key,
            LegalRepresentativeIdMasked = Mask.IdNumber(ResidentIdNumber.Parse(request.LegalRepresentativeIdNumber).Value),
            Commitment = request.Commitment,
            MaterialsJson = JsonSerializer.Serialize(request.Materials ?? [], LicenceApplications.Json),
            SubmittedAt = now,
            DecisionDueOn = await calendar.AddWorkingDaysAsync(today, days.AsInt(), ct),
            SubmittedBy = submitter,
            IdempotencyKey = key,
            RequestHash = hash,
        };
        application.Decide(false, JsonSerializer.Serialize(result.Rules, LicenceApplications.Json), now);

        try
        {
            db.Add(application);
            await timeline.AppendAsync(new OperatorTimelineEvent(
                op.Id, "Licensing", "licensing.production_submitted", LicensingText.Zh("licensing.timeline_production_submitted", category.Value),
                LicensingText.Zh("licensing.timeline_production_submitted_detail", application.PremisesAddress, ChinaTime.FormatDate(application.DecisionDueOn))), ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            await EnsureSameRequestAsync(submitter, key, hash, ct);
            return (await FindReplayAsync(submitter, key, ct) ?? throw new InvalidOperationException("Saving the application failed."), true);
        }

        return ((await applications.FindAsync(application.Id, ct))!, false);
    }

    /// <summary>The reviewer's decision after the on-site review; approval draws the SC number in the same transaction.</summary>
    public async Task<ApplicationView> DecideAsync(Guid id, ProductionDecisionRequest request, CancellationToken ct)
    {
        // Staff only (permission), so the scope filter decides visibility: another district's application is 404.
        var application = await db.Set<LicenceApplication>().FirstOrDefaultAsync(a => a.Id == id && a.Kind == ApplicationKind.Production, ct)
            ?? throw ShianException.NotFound(LicensingErrors.ApplicationNotFound);
        if (application.Status != ApplicationStatus.UnderReview)
        {
            throw ShianException.Conflict(LicensingErrors.NotUnderReview);
        }

        var op = await operators.FindAsync(application.OperatorId, ct)
            ?? throw ShianException.NotFound(LicensingErrors.OperatorNotFound);
        var now = time.GetUtcNow();
        var today = now.ChinaDate();
        var note = request.SiteReviewNote!.Trim();
        application.DecideAfterSiteReview(request.Approve!.Value, note, now);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (request.Approve.Value)
        {
            var licence = await production.IssueAsync(application, op, today, ct);
            await inbox.PostAsync(new OperatorInboxMessage(
                op.Id, "Licensing", "licensing.production_approved", LicensingText.Zh("licensing.inbox_production_approved", licence.Number),
                LicensingText.Zh("licensing.inbox_production_approved_detail", licence.Number, ChinaTime.FormatDate(licence.ValidUntil)),
                $"/verify/licence/{licence.Number}"), ct);
        }
        else
        {
            var title = LicensingText.Zh("licensing.production_rejected_title");
            var detail = LicensingText.Zh("licensing.production_rejected_detail", note);
            await timeline.AppendAsync(new OperatorTimelineEvent(op.Id, "Licensing", "licensing.production_rejected", title, detail), ct);
            await inbox.PostAsync(new OperatorInboxMessage(op.Id, "Licensing", "licensing.production_rejected", title, detail), ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await applications.FindAsync(application.Id, ct))!;
    }

    private async Task EnsureSameRequestAsync(Guid submitter, string key, string hash, CancellationToken ct) =>
        IdempotencyKeys.EnsureSameRequest(
            await db.Set<LicenceApplication>().Unscoped("a replay is found by its submitter and key wherever the application lies")
                .Where(a => a.SubmittedBy == submitter && a.IdempotencyKey == key).Select(a => a.RequestHash).FirstOrDefaultAsync(ct),
            hash);

    private async Task<ApplicationView?> FindReplayAsync(Guid submitter, string key, CancellationToken ct) =>
        await db.Set<LicenceApplication>().Unscoped("a replay is found by its submitter and key wherever the application lies").Where(a => a.SubmittedBy == submitter && a.IdempotencyKey == key)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct) is { } id
            ? await applications.FindAsync(id, ct)
            : null;
}
