using Shian.Shared.Kernel;

namespace Shian.Shared.Persistence;

public static class JurisdictionQueries
{
    /// <summary>
    /// Records whose town code starts with <paramref name="prefix"/> (a district's 6 digits, a town's 9), as an
    /// index-friendly range (see <see cref="JurisdictionCodes.PrefixRange"/>). On top of, never instead of, the
    /// caller's scope filter.
    /// </summary>
    public static IQueryable<T> InJurisdiction<T>(this IQueryable<T> query, string prefix)
        where T : IJurisdictionScoped
    {
        var (low, high) = JurisdictionCodes.PrefixRange(prefix);
        return query.Where(e => e.JurisdictionCode.CompareTo(low) >= 0 && e.JurisdictionCode.CompareTo(high) <= 0);
    }
}
