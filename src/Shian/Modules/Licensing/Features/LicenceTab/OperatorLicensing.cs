using Microsoft.EntityFrameworkCore;
using Shian.Modules.Licensing.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Licensing.Features.LicenceTab;

/// <summary>
/// An operator's licences and applications: the 许可 tab of the operator's file, the enterprise user's own
/// licensing page, and <see cref="ILicenceDirectory"/> for other modules.
/// </summary>
internal sealed class OperatorLicensing(ShianDbContext db, CurrentUser user, TimeProvider time) : ILicenceDirectory
{
    public async Task<IReadOnlyList<LicenceSummary>> ForOperatorAsync(Guid operatorId, CancellationToken ct)
    {
        var today = time.ChinaToday();
        var rows = await Licences().AsNoTracking().Where(l => l.OperatorId == operatorId)
            .OrderByDescending(l => l.IssuedOn).ThenByDescending(l => l.Number).Take(200).ToListAsync(ct);
        return rows.Select(l => new LicenceSummary(
            l.Number, l.OperatorId, l.PremisesAddress, l.JurisdictionCode, l.BusinessType,
            l.BusinessItems.Split(',', StringSplitOptions.RemoveEmptyEntries), l.IssuedOn, l.ValidUntil,
            l.StatusOn(today).ToString(), l.ByCommitment, l.FlaggedForReview, l.DocumentId)).ToList();
    }

    public async Task<IReadOnlyList<ApplicationSummary>> ApplicationsAsync(Guid operatorId, CancellationToken ct) =>
        await Applications().AsNoTracking().Where(a => a.OperatorId == operatorId)
            .OrderByDescending(a => a.SubmittedAt).Take(200)
            .Select(a => new ApplicationSummary(a.Id, a.PremisesAddress, a.BusinessType, a.Status.ToString(), a.SubmittedAt, a.DecidedAt, a.Kind.ToString()))
            .ToListAsync(ct);

    private IQueryable<Licence> Licences() => user.OperatorId is { } own
        ? db.Set<Licence>().IgnoreQueryFilters().Where(l => l.OperatorId == own)
        : db.Set<Licence>();

    private IQueryable<LicenceApplication> Applications() => user.OperatorId is { } own
        ? db.Set<LicenceApplication>().IgnoreQueryFilters().Where(a => a.OperatorId == own)
        : db.Set<LicenceApplication>();
}

internal sealed record ApplicationSummary(
    Guid Id, string PremisesAddress, int BusinessType, string Status, DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, string Kind = "New");
