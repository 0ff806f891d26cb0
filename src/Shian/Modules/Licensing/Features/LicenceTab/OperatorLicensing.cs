using Microsoft.EntityFrameworkCore;
using Shian.Modules.Licensing.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Licensing.Features.LicenceTab;

/// <summary>
/// An operator's licences and applications: the 许可 tab of the operator's file, the enterprise user's own
/// licensing page, the licence by number, and <see cref="ILicenceDirectory"/> for other modules.
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

    /// <summary>A licence by number: staff in scope, enterprise users their own operator's.</summary>
    public async Task<LicenceView?> FindLicenceAsync(string number, CancellationToken ct)
    {
        var l = await Licences().AsNoTracking().FirstOrDefaultAsync(l => l.Number == number, ct);
        return l is null
            ? null
            : new LicenceView(
                l.Number, l.OperatorId, l.OperatorName, l.PremisesAddress, l.JurisdictionCode, l.BusinessType,
                l.BusinessItems.Split(',', StringSplitOptions.RemoveEmptyEntries), l.IssuedOn, l.ValidUntil,
                l.StatusOn(time.ChinaToday()).ToString(), l.ByCommitment, l.DocumentId);
    }

    public async Task<IReadOnlyList<ApplicationSummary>> ApplicationsAsync(Guid operatorId, CancellationToken ct) =>
        await Applications().AsNoTracking().Where(a => a.OperatorId == operatorId)
            .OrderByDescending(a => a.SubmittedAt).Take(200)
            .Select(a => new ApplicationSummary(a.Id, a.PremisesAddress, a.BusinessType, a.Status.ToString(), a.SubmittedAt, a.DecidedAt, a.Kind.ToString()))
            .ToListAsync(ct);

    private IQueryable<Licence> Licences() => user.OperatorId is { } own
        ? db.Set<Licence>().Unscoped("an enterprise user reads its own operator's licences").Where(l => l.OperatorId == own)
        : db.Set<Licence>();

    private IQueryable<LicenceApplication> Applications() => user.OperatorId is { } own
        ? db.Set<LicenceApplication>().Unscoped("an enterprise user reads its own operator's applications").Where(a => a.OperatorId == own)
        : db.Set<LicenceApplication>();
}

internal sealed record LicenceView(
    string Number, Guid OperatorId, string OperatorName, string PremisesAddress, string JurisdictionCode, int BusinessType,
    IReadOnlyList<string> BusinessItems, DateOnly IssuedOn, DateOnly ValidUntil, string Status, bool ByCommitment, Guid? DocumentId);

internal sealed record ApplicationSummary(
    Guid Id, string PremisesAddress, int BusinessType, string Status, DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt, string Kind = "New");
