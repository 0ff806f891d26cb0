using Microsoft.EntityFrameworkCore;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Licensing.Features;

/// <summary>Reads of licences and check tasks; staff through the scope filter, enterprise users their own operator's.</summary>
internal sealed class LicensingQueries(ShianDbContext db, CurrentUser user, TimeProvider time)
{
    public DateOnly Today => time.ChinaToday();

    public async Task<LicenceView?> FindLicenceAsync(string number, CancellationToken ct)
    {
        var query = user.OperatorId is { } own
            ? db.Set<Licence>().IgnoreQueryFilters().Where(l => l.OperatorId == own)
            : db.Set<Licence>();
        var l = await query.AsNoTracking().FirstOrDefaultAsync(l => l.Number == number, ct);
        return l is null
            ? null
            : new LicenceView(
                l.Number, l.OperatorId, l.OperatorName, l.PremisesAddress, l.JurisdictionCode, l.BusinessType,
                l.BusinessItems.Split(',', StringSplitOptions.RemoveEmptyEntries), l.IssuedOn, l.ValidUntil,
                l.StatusOn(Today).ToString(), l.ByCommitment, l.DocumentId);
    }

    /// <summary>Public: no personal data, only what the printed licence shows anyway.</summary>
    public async Task<VerifiedLicence?> VerifyAsync(string number, CancellationToken ct)
    {
        var l = await db.Set<Licence>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(l => l.Number == number, ct);
        return l is null ? null : new VerifiedLicence(l.Number, l.StatusOn(Today).ToString(), l.OperatorName, l.PremisesAddress, l.IssuedOn, l.ValidUntil, l.EndedOn);
    }

    public async Task<IReadOnlyList<CheckView>> OpenChecksAsync(CancellationToken ct) =>
        await db.Set<PostApprovalCheck>().AsNoTracking().Where(c => c.Status == "Open").OrderBy(c => c.DueOn)
            .Select(c => new CheckView(c.Id, c.LicenceNumber, c.OperatorName, c.PremisesAddress, c.JurisdictionCode, c.DueOn, c.Status))
            .Take(500).ToListAsync(ct);
}

/// <summary>Public view of a licence; <see cref="EndedOn"/> is the day it was revoked, cancelled or found expired.</summary>
internal sealed record VerifiedLicence(
    string Number, string Status, string OperatorName, string PremisesAddress, DateOnly IssuedOn, DateOnly ValidUntil, DateOnly? EndedOn);
