using Microsoft.EntityFrameworkCore;
using Shian.Modules.Inspections.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Inspections.Features.Referrals;

/// <summary>Penalty referrals proposed by 不符合 results, in the caller's scope, newest first.</summary>
internal sealed class ReferralQueries(ShianDbContext db)
{
    public async Task<IReadOnlyList<ReferralView>> ListAsync(CancellationToken ct) => await Project(db.Set<PenaltyReferral>()).ToListAsync(ct);

    public static IQueryable<ReferralView> Project(IQueryable<PenaltyReferral> query) =>
        query.AsNoTracking().OrderByDescending(r => r.ProposedAt).Take(500).Select(r => new ReferralView(
            r.Id, r.InspectionId, r.InspectionNumber, r.OperatorId, r.OperatorName, r.JurisdictionCode, r.Reason, r.Status, r.ProposedAt));
}

internal sealed record ReferralView(
    Guid Id, Guid InspectionId, string InspectionNumber, Guid OperatorId, string OperatorName, string JurisdictionCode,
    string Reason, string Status, DateTimeOffset ProposedAt);
