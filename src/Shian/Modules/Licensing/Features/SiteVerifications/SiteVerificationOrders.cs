using System.ComponentModel.DataAnnotations;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Decide;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Licensing.Features.SiteVerifications;

/// <summary>A reviewer orders an on-site verification by the premises' town inspectors (one open order at a time).</summary>
internal sealed class SiteVerificationOrders(ShianDbContext db, CurrentUser user, TimeProvider time, ApplicationsUnderReview underReview)
{
    public async Task<SiteVerificationView> RequestAsync(Guid id, SiteVerificationRequest request, CancellationToken ct)
    {
        var instructions = string.IsNullOrWhiteSpace(request.Instructions) ? null : request.Instructions.Trim();
        if (instructions is null)
        {
            throw ShianException.Invalid(LicensingErrors.ReasonRequired, nameof(request.Instructions), Messages.Get("licensing.instructions_required"));
        }

        var (application, _) = await underReview.FindAsync(id, ct);
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
        return Projection.Compile()(verification);
    }

    /// <summary>The view of a verification, for the application file and the inspectors' task list.</summary>
    public static readonly Expression<Func<SiteVerification, SiteVerificationView>> Projection =
        v => new SiteVerificationView(
            v.Id, v.ApplicationId, v.OperatorName, v.PremisesAddress, v.JurisdictionCode, v.Instructions, v.RequestedBy, v.RequestedAt,
            v.Status, v.Notes, v.RecordedBy, v.RecordedAt);
}

internal sealed record SiteVerificationView(
    Guid Id, Guid ApplicationId, string OperatorName, string PremisesAddress, string JurisdictionCode, string Instructions,
    string RequestedBy, DateTimeOffset RequestedAt, string Status, string? Notes, string? RecordedBy, DateTimeOffset? RecordedAt);

internal sealed class SiteVerificationRequest
{
    [Required(ErrorMessage = "licensing.instructions_required")]
    [StringLength(500, ErrorMessage = "licensing.instructions_too_long")]
    public string? Instructions { get; set; }
}
