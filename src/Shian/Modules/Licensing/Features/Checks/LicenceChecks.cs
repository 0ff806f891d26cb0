using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.SiteVerifications;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Licensing.Features.Checks;

/// <summary>
/// The inspectors' side: post-approval checks (告知承诺核查) and on-site verifications ordered by reviewers, both
/// belonging to the premises' town, so only that town's (and its district's) inspectors see and record them.
/// </summary>
internal sealed class LicenceChecks(ShianDbContext db, CurrentUser user, TimeProvider time, IOperatorTimeline timeline)
{
    /// <summary>Open post-approval checks of the caller's scope, earliest due first.</summary>
    public async Task<IReadOnlyList<CheckView>> OpenChecksAsync(CancellationToken ct) =>
        await db.Set<PostApprovalCheck>().AsNoTracking().Where(c => c.Status == CheckOutcome.Open).OrderBy(c => c.DueOn)
            .Select(c => new CheckView(c.Id, c.LicenceNumber, c.OperatorName, c.PremisesAddress, c.JurisdictionCode, c.DueOn, c.Status))
            .Take(500).ToListAsync(ct);

    public async Task<InspectorTasks> OpenTasksAsync(CancellationToken ct) => new(
        await db.Set<PostApprovalCheck>().AsNoTracking().Where(c => c.Status == CheckOutcome.Open).OrderBy(c => c.DueOn)
            .Select(c => new CheckView(c.Id, c.LicenceNumber, c.OperatorName, c.PremisesAddress, c.JurisdictionCode, c.DueOn, c.Status))
            .Take(200).ToListAsync(ct),
        await db.Set<SiteVerification>().AsNoTracking().Where(v => v.Status == SiteVerification.Open).OrderBy(v => v.RequestedAt)
            .Select(SiteVerificationOrders.Projection).Take(200).ToListAsync(ct));

    /// <summary>Confirmed, or discrepancies found (notes required): the licence is then flagged for a reviewer.</summary>
    public async Task<CheckResultView> RecordCheckAsync(Guid id, CheckOutcomeRequest request, CancellationToken ct)
    {
        var check = await db.Set<PostApprovalCheck>().FirstOrDefaultAsync(c => c.Id == id, ct)
            ?? throw ShianException.NotFound(LicensingErrors.CheckNotFound);
        if (check.Status != CheckOutcome.Open)
        {
            throw ShianException.Conflict(LicensingErrors.AlreadyRecorded);
        }

        var confirmed = request.Outcome == CheckOutcome.Confirmed;
        var notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        if (!confirmed && notes is null)
        {
            throw NotesRequired();
        }

        check.Record(confirmed ? CheckOutcome.Confirmed : CheckOutcome.Discrepancies, notes, user.Name, time.GetUtcNow());
        if (!confirmed)
        {
            var licence = await db.Set<Licence>().FirstAsync(l => l.Id == check.LicenceId, ct);
            licence.Flag(LicensingText.Zh("licensing.check_flag", notes));
        }

        await timeline.AppendAsync(new OperatorTimelineEvent(
            check.OperatorId, "Licensing", confirmed ? "licensing.check_confirmed" : "licensing.check_discrepancies",
            LicensingText.Zh(confirmed ? "licensing.timeline_check_confirmed" : "licensing.timeline_check_discrepancies", check.LicenceNumber),
            notes, $"/verify/licence/{check.LicenceNumber}"), ct);
        await db.SaveChangesAsync(ct);
        return new CheckResultView(check.Id, check.LicenceNumber, check.Status, check.Notes, check.RecordedBy, check.RecordedAt, !confirmed);
    }

    public async Task<SiteVerificationView> RecordSiteVerificationAsync(Guid id, SiteVerificationOutcomeRequest request, CancellationToken ct)
    {
        var verification = await db.Set<SiteVerification>().FirstOrDefaultAsync(v => v.Id == id, ct)
            ?? throw ShianException.NotFound(LicensingErrors.SiteVerificationNotFound);
        if (verification.Status != SiteVerification.Open)
        {
            throw ShianException.Conflict(LicensingErrors.AlreadyRecorded);
        }

        var notes = string.IsNullOrWhiteSpace(request.Notes) ? null : request.Notes.Trim();
        if (request.Passed != true && notes is null)
        {
            throw NotesRequired();
        }

        verification.Record(request.Passed == true, notes, user.Name, time.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return SiteVerificationOrders.Projection.Compile()(verification);
    }

    private static ShianException NotesRequired() => ShianException.Invalid(LicensingErrors.NotesRequired, "notes");
}

internal sealed record CheckView(
    Guid Id, string LicenceNumber, string OperatorName, string PremisesAddress, string JurisdictionCode, DateOnly DueOn, string Status);

internal sealed record InspectorTasks(IReadOnlyList<CheckView> Checks, IReadOnlyList<SiteVerificationView> SiteVerifications);

internal sealed record CheckResultView(
    Guid Id, string LicenceNumber, string Status, string? Notes, string? RecordedBy, DateTimeOffset? RecordedAt, bool LicenceFlagged);

internal sealed class CheckOutcomeRequest
{
    [Required(ErrorMessage = "licensing.check_outcome_required")]
    [RegularExpression("^(Confirmed|Discrepancies)$", ErrorMessage = "licensing.check_outcome_format")]
    public string? Outcome { get; set; }

    [StringLength(1000, ErrorMessage = "licensing.check_notes_too_long")]
    public string? Notes { get; set; }
}

internal sealed class SiteVerificationOutcomeRequest
{
    [Required(ErrorMessage = "licensing.verification_passed_required")]
    public bool? Passed { get; set; }

    [StringLength(1000, ErrorMessage = "licensing.check_notes_too_long")]
    public string? Notes { get; set; }
}
