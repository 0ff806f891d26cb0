using Microsoft.EntityFrameworkCore;

namespace Shian.Shared.Kernel;

/// <summary>One page of a longer list, with the total so that a pager can be drawn.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount)
{
    public int PageCount => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;
}

public static class PagedListExtensions
{
    /// <summary>Counts the query and reads the requested page of it.</summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, PageRequest request, CancellationToken ct)
    {
        var total = await query.CountAsync(ct);
        var items = await query.Skip(request.Skip).Take(request.SafePageSize).ToListAsync(ct);
        return new PagedList<T>(items, request.SafePage, request.SafePageSize, total);
    }
}
