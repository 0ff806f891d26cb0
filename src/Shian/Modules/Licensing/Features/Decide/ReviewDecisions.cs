using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.ApplicationFile;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Modules.Licensing.Features.Grant;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Licensing.Features.Decide;

/// <summary>
/// A reviewer decides an application under review: approval grants it exactly as an instant approval does
/// (<see cref="LicenceGrant"/>); rejection needs a reason the applicant reads. SC applications are decided with the
/// on-site review instead (<c>/production/applications/{id}/decision</c>).
/// </summary>
internal sealed class ReviewDecisions(
    ShianDbContext db,
    CurrentUser user,
    TimeProvider time,
    IOperatorDirectory operators,
    IOperatorTimeline timeline,
    ApplicationsUnderReview underReview,
    LicenceGrant grant,
    ApplicationFileQuery file)
{
    public async Task<ApplicationDetails> ApproveAsync(Guid id, ReviewDecisionRequest request, CancellationToken ct)
    {
        var (application, reviewer) = await underReview.FindAsync(id, ct);
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
        await grant.GrantAsync(application, op, now.ChinaDate(), ct);
        await timeline.AppendAsync(new OperatorTimelineEvent(
            application.OperatorId, "Licensing", "licensing.application_approved", LicensingText.Zh("licensing.timeline_application_approved"),
            LicensingText.Zh("licensing.timeline_reviewer", user.Name) + (Trim(request.Reason) is { } note ? LicensingText.Zh("licensing.timeline_review_note", note) : ""),
            $"/licensing/applications/{application.Id}"), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (await file.DetailsAsync(id, ct))!;
    }

    public async Task<ApplicationDetails> RejectAsync(Guid id, ReviewDecisionRequest request, CancellationToken ct)
    {
        var reason = Trim(request.Reason)
            ?? throw ShianException.Invalid(LicensingErrors.ReasonRequired, nameof(request.Reason), Messages.Get("licensing.reject_reason_required"));
        var (application, reviewer) = await underReview.FindAsync(id, ct);
        RefuseProduction(application);
        application.Review(false, reviewer, user.Name, reason, time.GetUtcNow());
        await timeline.AppendAsync(new OperatorTimelineEvent(
            application.OperatorId, "Licensing", "licensing.application_rejected", LicensingText.Zh("licensing.timeline_application_rejected"),
            LicensingText.Zh("licensing.timeline_rejection", reason, user.Name), $"/licensing/applications/{application.Id}"), ct);
        await db.SaveChangesAsync(ct);
        return (await file.DetailsAsync(id, ct))!;
    }

    /// <summary>SC applications are decided with the on-site review's conclusion (<c>/production/applications/{id}/decision</c>).</summary>
    private static void RefuseProduction(LicenceApplication application)
    {
        if (application.Kind == ApplicationKind.Production)
        {
            throw ShianException.Conflict(LicensingErrors.ProductionNeedsSiteReview);
        }
    }

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A reviewer's approval (note optional) or rejection (reason required, shown to the applicant).</summary>
internal sealed class ReviewDecisionRequest
{
    [StringLength(1000, ErrorMessage = "licensing.review_note_too_long")]
    public string? Reason { get; set; }
}
