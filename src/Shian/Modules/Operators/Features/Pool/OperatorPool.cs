using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Features.Pool;

internal sealed class OperatorPool(ShianDbContext db) : IOperatorPool
{
    public async IAsyncEnumerable<OperatorPoolEntry> StreamAsync(
        OperatorPoolFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var query = db.Set<Operator>().AsNoTracking();
        if (filter.JurisdictionPrefix is { Length: > 0 } prefix)
        {
            query = query.InJurisdiction(prefix);
        }

        if (filter.Category is { Length: > 0 } category)
        {
            var marker = CategoryCodeList.Marker(category);
            query = query.Where(o => o.CategoryCodes.Contains(marker));
        }

        if (filter.ActiveOnly)
        {
            query = query.Where(o => o.Status == OperatorStatus.Active);
        }

        var rows = query
            .OrderBy(o => o.CreditCode)
            .Select(o => new { o.Id, o.CreditCode, o.Name, o.JurisdictionCode, o.CategoryCodes, o.EntityType, o.Status, o.RegisteredAt })
            .AsAsyncEnumerable();
        await foreach (var o in rows.WithCancellation(ct))
        {
            yield return new OperatorPoolEntry(
                o.Id, o.CreditCode, o.Name, o.JurisdictionCode, CategoryCodeList.Parse(o.CategoryCodes),
                o.EntityType.ToString(), o.Status.ToString(), o.RegisteredAt);
        }
    }
}
