namespace Shian.Modules.Operators.Contracts;

/// <summary>
/// Whole populations of operators for city-wide work (re-grading, random-draw pools, frequency plans), streamed
/// in credit-code order without tracking so 60,000 rows cost little memory. Scoped to the caller like every query.
/// </summary>
public interface IOperatorPool
{
    IAsyncEnumerable<OperatorPoolEntry> StreamAsync(OperatorPoolFilter filter, CancellationToken ct);
}

/// <summary>
/// Which operators: <paramref name="JurisdictionPrefix"/> is a district (6 digits), town (9) or null for all in
/// scope; <paramref name="Category"/> a category code (e.g. <c>catering</c>) or null; by default only active ones.
/// </summary>
public sealed record OperatorPoolFilter(string? JurisdictionPrefix = null, string? Category = null, bool ActiveOnly = true);

/// <summary>One operator of a pool, with what grading and drawing need.</summary>
public sealed record OperatorPoolEntry(
    Guid Id, string CreditCode, string Name, string JurisdictionCode, IReadOnlyList<string> Categories,
    string EntityType, string Status, DateTimeOffset RegisteredAt);
