using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Features.SearchOperators;

/// <summary>
/// Substring search over name, credit code, address and legal representative, inside the caller's scope (the
/// context's filter). A plain LIKE '%…%' works for one or two Chinese characters, where word or trigram
/// indexes do not; docs/benchmarks.md has its cost on the city data set.
/// </summary>
internal sealed class OperatorSearch(ShianDbContext db, IJurisdictionDirectory jurisdictions)
{
    public const int MaxQueryLength = 50;

    public async Task<PagedList<OperatorListItem>> SearchAsync(OperatorSearchRequest request, CancellationToken ct)
    {
        var query = db.Set<Operator>().AsNoTracking();
        var text = request.Q?.Trim();
        if (!string.IsNullOrEmpty(text))
        {
            text = text.Length > MaxQueryLength ? text[..MaxQueryLength] : text;
            var pattern = "%" + EscapeLike(text.ToUpperInvariant()) + "%";
            query = query.Where(o => EF.Functions.Like(o.SearchText, pattern, "\\"));
        }

        if (!string.IsNullOrWhiteSpace(request.Jurisdiction))
        {
            var prefix = JurisdictionCodes.ScopePrefix(request.Jurisdiction.Trim());
            query = query.InJurisdiction(prefix);
        }

        if (!string.IsNullOrWhiteSpace(request.Category))
        {
            var code = CategoryCodeList.Format([request.Category.Trim()]);
            query = query.Where(o => o.CategoryCodes.Contains(code));
        }

        var page = await query.OrderBy(o => o.Name).ThenBy(o => o.Id).Select(o => new OperatorListItem(
                o.Id, o.Name, o.CreditCode, o.EntityType.ToString(), o.LegalRepresentative, o.RegisteredAddress,
                o.JurisdictionCode, "", o.CategoryCodes, o.Status.ToString())).ToPagedListAsync(new PageRequest(request.Page, request.PageSize), ct);

        var named = new List<OperatorListItem>(page.Items.Count);
        foreach (var item in page.Items)
        {
            named.Add(item with { TownName = await jurisdictions.DisplayNameAsync(item.JurisdictionCode, ct) });
        }

        return page with { Items = named };
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

/// <summary>Search parameters, bound from the query string by both the page and the API.</summary>
internal sealed record OperatorSearchRequest(
    string? Q = null, string? Jurisdiction = null, string? Category = null, int Page = 1, int PageSize = PageRequest.DefaultPageSize);

internal sealed record OperatorListItem(
    Guid Id, string Name, string CreditCode, string EntityType, string LegalRepresentative, string RegisteredAddress,
    string JurisdictionCode, string TownName, string CategoryCodes, string Status)
{
    public IReadOnlyList<string> Categories => CategoryCodeList.Parse(CategoryCodes);
}
