using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.Operators.Features.Directory;

internal sealed class OperatorDirectory(ShianDbContext db, IDataScope scope) : IOperatorDirectory
{
    /// <summary>An enterprise user sees its own operator, which the staff scope filter would hide from it.</summary>
    public Task<OperatorSummary?> FindAsync(Guid operatorId, CancellationToken ct)
    {
        var operators = scope.OperatorId == operatorId ? db.Set<Operator>().Unscoped("an enterprise user reads its own operator") : db.Set<Operator>();
        return Summaries(operators.Where(o => o.Id == operatorId)).FirstOrDefaultAsync(ct);
    }

    public Task<OperatorSummary?> FindByCreditCodeAsync(string creditCode, CancellationToken ct)
    {
        var code = creditCode.Trim().ToUpperInvariant();
        return Summaries(db.Set<Operator>().Where(o => o.CreditCode == code)).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<OperatorNameMatch>> FindByNameAsync(string name, string jurisdictionPrefix, CancellationToken ct)
    {
        var trimmed = name.Trim();
        var fullWidth = trimmed.Replace('(', '（').Replace(')', '）');
        var halfWidth = trimmed.Replace('（', '(').Replace('）', ')');
        return await db.Set<Operator>().Unscoped("names and codes are public register data; a name check sees the whole district").AsNoTracking()
            .Where(o => (o.Name == trimmed || o.Name == fullWidth || o.Name == halfWidth) && o.JurisdictionCode.StartsWith(jurisdictionPrefix))
            .OrderBy(o => o.CreditCode)
            .Select(o => new OperatorNameMatch(o.Id, o.Name, o.CreditCode, o.JurisdictionCode))
            .Take(10)
            .ToListAsync(ct);
    }

    private static IQueryable<OperatorSummary> Summaries(IQueryable<Operator> query) =>
        query.AsNoTracking().Select(o => new OperatorSummary(
            o.Id, o.CreditCode, o.Name, o.EntityType.ToString(), o.LegalRepresentative, o.RegisteredAddress,
            o.JurisdictionCode, CategoryCodeList.Parse(o.CategoryCodes), o.Status.ToString()));
}
