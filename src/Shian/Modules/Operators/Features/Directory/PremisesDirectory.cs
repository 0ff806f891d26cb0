using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Features.Directory;

internal sealed class PremisesDirectory(ShianDbContext db) : IPremisesDirectory
{
    public Task<PremisesSummary?> FindAsync(Guid operatorId, Guid premisesId, CancellationToken ct) =>
        Summaries(db.Set<Premises>().Where(p => p.OperatorId == operatorId && p.Id == premisesId)).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<PremisesSummary>> ListAsync(Guid operatorId, CancellationToken ct) =>
        await Summaries(db.Set<Premises>().Where(p => p.OperatorId == operatorId)).ToListAsync(ct);

    private static IQueryable<PremisesSummary> Summaries(IQueryable<Premises> query) =>
        query.AsNoTracking().OrderBy(p => p.Address).Select(p => new PremisesSummary(
            p.Id, p.OperatorId, p.Name, p.Address, p.JurisdictionCode, CategoryCodeList.Parse(p.CategoryCodes)));
}
