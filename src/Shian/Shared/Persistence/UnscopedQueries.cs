using Microsoft.EntityFrameworkCore;

namespace Shian.Shared.Persistence;

/// <summary>
/// The one way to read past the jurisdiction filter. It lifts that named filter only (any other filter added later
/// still applies), and every call states why, so a test can list the call sites with their reasons for review.
/// </summary>
public static class UnscopedQueries
{
    /// <summary>
    /// <paramref name="query"/> without the jurisdiction scope filter. <paramref name="reason"/> says why reading
    /// outside the caller's scope is right here (an enterprise reading its own operator, a public registry, a
    /// uniqueness check across the city …); it is not used at run time but is required so that every bypass is
    /// explained where it happens.
    /// </summary>
    public static IQueryable<T> Unscoped<T>(this IQueryable<T> query, string reason)
        where T : class
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return query.IgnoreQueryFilters([ShianDbContext.JurisdictionFilter]);
    }
}
