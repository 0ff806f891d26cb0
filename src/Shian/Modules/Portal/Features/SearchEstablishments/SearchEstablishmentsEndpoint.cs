using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Portal.Features.EstablishmentRecord;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Portal.Features.SearchEstablishments;

/// <summary>
/// The keyless FHRS-style establishment search of the open data (信息公开). Anonymous by design and rate-limited
/// per client address.
/// </summary>
internal static class SearchEstablishmentsEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/establishments", HandleAsync).WithName("Portal.Establishments")
            .WithSummary("Published catering establishments with their latest grade and inspection date. All parameters optional: name (substring), district and town (code or name), grade (excellent, good, fair, rectifying, pending, A, B, C, not_rated), pageNumber (≥1), pageSize (1–100). Shaped like the FHRS API: establishments, meta, links. Anyone; rate-limited.")
            .AnonymousByDesign("open data: published catering grades (FHRS-style search), rate-limited").RequireRateLimiting(RateLimits.Anonymous)
            .Refuses(400, PortalErrors.InvalidPageNumber, PortalErrors.InvalidPageSize, PortalErrors.NameTooLong, PortalErrors.UnknownGrade,
                PortalErrors.UnknownDistrict, PortalErrors.UnknownTown);

    private static async Task<Ok<EstablishmentsResponse>> HandleAsync(
        HttpRequest request, EstablishmentQuery query, TimeProvider time, CancellationToken ct,
        string? name = null, string? district = null, string? town = null, string? grade = null, int? pageNumber = null, int? pageSize = null)
    {
        var search = await query.SearchAsync(name, district, town, grade, pageNumber, pageSize, ct);
        var page = search.Page;
        var items = page.Items.Select(e => OpenEstablishment.From(e, code => search.PlaceNames.GetValueOrDefault(code, ""))).ToList();
        var meta = new PageMeta("Shian", time.GetUtcNow(), items.Count, "OK", page.TotalCount, page.PageCount, page.PageSize, page.Page);
        return TypedResults.Ok(new EstablishmentsResponse(items, meta, Links(request, page.Page, page.PageCount)));
    }

    /// <summary>self, first, previous, next and last, as absolute URLs with the caller's other parameters kept.</summary>
    private static List<ApiLink> Links(HttpRequest request, int page, int pageCount)
    {
        string At(int number)
        {
            var query = request.Query.Where(q => !string.Equals(q.Key, "pageNumber", StringComparison.OrdinalIgnoreCase))
                .SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string?>(q.Key, v)))
                .Append(new KeyValuePair<string, string?>("pageNumber", number.ToString(CultureInfo.InvariantCulture)));
            return UriHelper.BuildAbsolute(request.Scheme, request.Host, request.PathBase, request.Path, QueryString.Create(query));
        }

        var links = new List<ApiLink> { new("self", At(page)), new("first", At(1)) };
        if (page > 1)
        {
            links.Add(new("previous", At(Math.Min(page - 1, pageCount))));
        }

        if (page < pageCount)
        {
            links.Add(new("next", At(page + 1)));
        }

        links.Add(new("last", At(pageCount)));
        return links;
    }
}

/// <summary>A page of establishments shaped like the FHRS API v2: the items, <c>meta</c> and <c>links</c>.</summary>
internal sealed record EstablishmentsResponse(IReadOnlyList<OpenEstablishment> Establishments, PageMeta Meta, IReadOnlyList<ApiLink> Links);

/// <summary>FHRS's paging envelope: where the data comes from, when it was extracted, counts and position.</summary>
internal sealed record PageMeta(
    string DataSource, DateTimeOffset ExtractDate, int ItemCount, string Returncode, int TotalCount, int TotalPages, int PageSize, int PageNumber);
