using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Credit.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Modules.Licensing.Features.Lifecycle;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

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
    LicenceIssuer issuer)
{
    public async Task<(ApplicationView View, bool Replayed)> SubmitAsync(ProductionRequest request, string? headerKey, CancellationToken ct)
    {
        var key = Applicant.IdempotencyKey(headerKey, request.IdempotencyKey);

        var submitter = user.UserId ?? throw ShianException.Forbidden(LicensingErrors.NotYourOperator, "无法识别提交人。");
        if (await FindReplayAsync(submitter, key, ct) is { } replay)
        {
            return (replay, true);
        }

        var op = await Applicant.FindAsync(user, operators, request.OperatorId, ct);
        var town = await Applicant.TownAsync(jurisdictions, request.PremisesTownCode!, ct);
        var now = time.GetUtcNow();
        var today = now.ChinaDate();
        var category = await rules.FindAsync("licensing.food_categories", request.FoodCategory!, today, ct)
            ?? throw Applicant.Invalid(LicensingErrors.UnknownFoodCategory, nameof(request.FoodCategory), "食品类别不存在。");

        var ban = await credit.FindBanAsync(request.LegalRepresentativeIdNumber!.ToUpperInvariant(), today, ct);
        var listing = await credit.FindSeriousViolationAsync(op.CreditCode, today, ct);
        var result = LifecycleRules.Evaluate(
            new LifecycleFacts(
                ApplicationKind.Production, request.Commitment, request.Materials ?? [], [],
                ban is null ? null : $"{Mask.PersonName(ban.PersonName)}，{ban.Reason}，{ban.Decision}",
                listing is null ? null : $"{listing.Reason}，{listing.Decision}"),
            new LifecycleRuleRows(
                await rules.GetSetAsync("licensing.materials.production", today, ct),
                await rules.FindAsync("licensing.commitment_kinds", "production", today, ct),
                await rules.FindAsync("licensing.credit", "ban_and_listing_check", today, ct)));
        if (result.Approve)
        {
            // The kind rule's row says "no"; a row edited to "yes" must not turn SC into instant approval.
            throw new InvalidOperationException("A production licence must never be approved without an on-site review.");
        }

        var days = await rules.FindAsync("licensing.deadlines", "production_decision_working_days", today, ct)
            ?? throw new InvalidOperationException("Rule licensing.deadlines/production_decision_working_days is missing.");
        var application = new LicenceApplication
        {
            Kind = ApplicationKind.Production,
            OperatorId = op.Id,
            PremisesAddress = request.PremisesAddress!.Trim(),
            JurisdictionCode = town.Code,
            BusinessType = 0,
            BusinessItems = "",
            FoodCategory = category.Key,
            LegalRepresentativeIdMasked = Mask.IdNumber(request.LegalRepresentativeIdNumber),
            Commitment = request.Commitment,
            MaterialsJson = JsonSerializer.Serialize(request.Materials ?? [], LicenceApplications.Json),
            SubmittedAt = now,
            DecisionDueOn = await calendar.AddWorkingDaysAsync(today, days.AsInt(), ct),
            SubmittedBy = submitter,
            IdempotencyKey = key,
        };
        application.Decide(false, JsonSerializer.Serialize(result.Rules, LicenceApplications.Json), now);

        try
        {
            db.Add(application);
            await timeline.AppendAsync(new OperatorTimelineEvent(
                op.Id, "Licensing", "licensing.production_submitted", $"提交食品生产许可申请（{category.Value}）",
                $"生产场所：{application.PremisesAddress}；待现场核查，决定期限 {application.DecisionDueOn:yyyy-MM-dd}"), ct);
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return (await FindReplayAsync(submitter, key, ct) ?? throw new InvalidOperationException("Saving the application failed."), true);
        }

        return ((await applications.FindAsync(application.Id, ct))!, false);
    }

    /// <summary>The reviewer's decision after the on-site review; approval draws the SC number in the same transaction.</summary>
    public async Task<ApplicationView> DecideAsync(Guid id, ProductionDecisionRequest request, CancellationToken ct)
    {
        // Staff only (permission), so the scope filter decides visibility: another district's application is 404.
        var application = await db.Set<LicenceApplication>().FirstOrDefaultAsync(a => a.Id == id && a.Kind == ApplicationKind.Production, ct)
            ?? throw ShianException.NotFound(LicensingErrors.ApplicationNotFound, "未找到该食品生产许可申请，或您无权查看。");
        if (application.Status != ApplicationStatus.UnderReview)
        {
            throw ShianException.Conflict(LicensingErrors.ProductionNotUnderReview, "该申请不在待审查状态，不能重复作出决定。");
        }

        var op = await operators.FindAsync(application.OperatorId, ct)
            ?? throw ShianException.NotFound(LicensingErrors.OperatorNotFound, "未找到该经营者，或该经营者不在您的辖区内。");
        var now = time.GetUtcNow();
        var today = now.ChinaDate();
        var note = request.SiteReviewNote!.Trim();
        application.DecideAfterSiteReview(request.Approve!.Value, note, now);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (request.Approve.Value)
        {
            var licence = await issuer.IssueAsync(application, op, today, ct);
            await inbox.PostAsync(new OperatorInboxMessage(
                op.Id, "Licensing", "licensing.production_approved", $"食品生产许可申请已批准：{licence.Number}",
                $"经现场核查，准予食品生产许可，许可证编号 {licence.Number}，有效期至 {licence.ValidUntil:yyyy-MM-dd}。",
                $"/verify/licence/{licence.Number}"), ct);
        }
        else
        {
            await timeline.AppendAsync(new OperatorTimelineEvent(
                op.Id, "Licensing", "licensing.production_rejected", "食品生产许可申请未予批准", $"现场核查结论：{note}"), ct);
            await inbox.PostAsync(new OperatorInboxMessage(
                op.Id, "Licensing", "licensing.production_rejected", "食品生产许可申请未予批准", $"现场核查结论：{note}"), ct);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await applications.FindAsync(application.Id, ct))!;
    }

    private async Task<ApplicationView?> FindReplayAsync(Guid submitter, string key, CancellationToken ct) =>
        await db.Set<LicenceApplication>().IgnoreQueryFilters().Where(a => a.SubmittedBy == submitter && a.IdempotencyKey == key)
            .Select(a => (Guid?)a.Id).FirstOrDefaultAsync(ct) is { } id
            ? await applications.FindAsync(id, ct)
            : null;
}
