using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Catering.Contracts;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Portal.Features.OpenData;

/// <summary>
/// The keyless open-data API (信息公开): FHRS-style establishment search and detail, and LIVES-style CSV files.
/// Anonymous by design and rate-limited per client address.
/// </summary>
internal static class OpenDataEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/establishments", SearchAsync).WithName("Portal.Establishments")
            .WithSummary("Published catering establishments with their latest grade and inspection date. All parameters optional: name (substring), district and town (code or name), grade (excellent, good, fair, rectifying, pending, A, B, C, not_rated), pageNumber (≥1), pageSize (1–100). Shaped like the FHRS API: establishments, meta, links. Anyone; rate-limited.")
            .AnonymousByDesign("open data: published catering grades (FHRS-style search), rate-limited").RequireRateLimiting(RateLimits.Anonymous);
        api.MapGet("/establishments/{id:guid}", DetailAsync).WithName("Portal.Establishment")
            .WithSummary("One published establishment with its catering inspections (newest first). Anyone; rate-limited.")
            .AnonymousByDesign("open data: one published establishment with its inspections, rate-limited").RequireRateLimiting(RateLimits.Anonymous);
        api.MapGet("/lives/businesses.csv", BusinessesCsv).WithName("Portal.LivesBusinesses")
            .WithSummary("LIVES businesses.csv (business_id, name, address, city, state, postal_code, latitude, longitude, phone_number), UTF-8 with BOM. Anyone; rate-limited.")
            .AnonymousByDesign("open data: LIVES businesses file, rate-limited").RequireRateLimiting(RateLimits.Anonymous);
        api.MapGet("/lives/inspections.csv", InspectionsCsv).WithName("Portal.LivesInspections")
            .WithSummary("LIVES inspections.csv (business_id, score, date YYYYMMDD, description, type), UTF-8 with BOM. Anyone; rate-limited.")
            .AnonymousByDesign("open data: LIVES inspections file, rate-limited").RequireRateLimiting(RateLimits.Anonymous);
        api.MapGet("/lives/legend.csv", (LivesExport export) => TypedResults.Stream(export.WriteLegendAsync, LivesExport.ContentType, "legend.csv"))
            .WithName("Portal.LivesLegend").WithSummary("LIVES legend.csv (minimum_score, maximum_score, description): the dynamic bands in force, from the rule rows. Anyone; rate-limited.")
            .AnonymousByDesign("open data: LIVES score legend from the rule rows, rate-limited").RequireRateLimiting(RateLimits.Anonymous);
        api.MapGet("/lives/feed_info.csv", (LivesExport export) => TypedResults.Stream(export.WriteFeedInfoAsync, LivesExport.ContentType, "feed_info.csv"))
            .WithName("Portal.LivesFeedInfo").WithSummary("LIVES feed_info.csv (feed_date, feed_version, municipality_name, municipality_url, contact_email). Anyone; rate-limited.")
            .AnonymousByDesign("open data: LIVES feed metadata, rate-limited").RequireRateLimiting(RateLimits.Anonymous);
    }

    private static async Task<Ok<EstablishmentsResponse>> SearchAsync(
        HttpRequest request, EstablishmentQuery query, TimeProvider time, CancellationToken ct,
        string? name = null, string? district = null, string? town = null, string? grade = null, int? pageNumber = null, int? pageSize = null)
    {
        var search = await query.SearchAsync(name, district, town, grade, pageNumber, pageSize, ct);
        var page = search.Page;
        var items = page.Items.Select(e => OpenEstablishment.From(e, code => search.PlaceNames.GetValueOrDefault(code, ""))).ToList();
        var meta = new PageMeta("Shian", time.GetUtcNow(), items.Count, "OK", page.TotalCount, page.PageCount, page.PageSize, page.Page);
        return TypedResults.Ok(new EstablishmentsResponse(items, meta, Links(request, page.Page, page.PageCount)));
    }

    private static async Task<Results<Ok<OpenEstablishment>, ProblemHttpResult>> DetailAsync(
        Guid id, EstablishmentQuery query, ICateringGrades grades, CancellationToken ct)
    {
        if (await query.FindAsync(id, ct) is not { } found)
        {
            return Problems.NotFound(PortalErrors.EstablishmentNotFound, "未找到该餐饮服务单位的公示信息。");
        }

        var inspections = (await grades.InspectionsAsync(id, ct)).Select(OpenInspection.From).ToList();
        return TypedResults.Ok(OpenEstablishment.From(found.Establishment, code => found.Names.GetValueOrDefault(code, ""), inspections));
    }

    private static PushStreamHttpResult BusinessesCsv(LivesExport export) =>
        TypedResults.Stream(export.WriteBusinessesAsync, LivesExport.ContentType, "businesses.csv");

    private static PushStreamHttpResult InspectionsCsv(LivesExport export) =>
        TypedResults.Stream(export.WriteInspectionsAsync, LivesExport.ContentType, "inspections.csv");

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
