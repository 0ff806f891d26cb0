using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Portal.Features.LivesExport;

/// <summary>The four LIVES CSV files of the open data, streamed. Anonymous by design and rate-limited per client address.</summary>
internal static class LivesExportEndpoint
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/lives/businesses.csv", Businesses).WithName("Portal.LivesBusinesses")
            .WithSummary("LIVES businesses.csv (business_id, name, address, city, state, postal_code, latitude, longitude, phone_number), UTF-8 with BOM. Anyone; rate-limited.")
            .AnonymousByDesign("open data: LIVES businesses file, rate-limited").RequireRateLimiting(RateLimits.Anonymous);
        api.MapGet("/lives/inspections.csv", Inspections).WithName("Portal.LivesInspections")
            .WithSummary("LIVES inspections.csv (business_id, score, date YYYYMMDD, description, type), UTF-8 with BOM. Anyone; rate-limited.")
            .AnonymousByDesign("open data: LIVES inspections file, rate-limited").RequireRateLimiting(RateLimits.Anonymous);
        api.MapGet("/lives/legend.csv", Legend)
            .WithName("Portal.LivesLegend").WithSummary("LIVES legend.csv (minimum_score, maximum_score, description): the dynamic bands in force, from the rule rows. Anyone; rate-limited.")
            .AnonymousByDesign("open data: LIVES score legend from the rule rows, rate-limited").RequireRateLimiting(RateLimits.Anonymous);
        api.MapGet("/lives/feed_info.csv", FeedInfo)
            .WithName("Portal.LivesFeedInfo").WithSummary("LIVES feed_info.csv (feed_date, feed_version, municipality_name, municipality_url, contact_email). Anyone; rate-limited.")
            .AnonymousByDesign("open data: LIVES feed metadata, rate-limited").RequireRateLimiting(RateLimits.Anonymous);
    }

    private static PushStreamHttpResult Businesses(LivesExport export) =>
        TypedResults.Stream(export.WriteBusinessesAsync, LivesExport.ContentType, "businesses.csv");

    private static PushStreamHttpResult Inspections(LivesExport export) =>
        TypedResults.Stream(export.WriteInspectionsAsync, LivesExport.ContentType, "inspections.csv");

    private static PushStreamHttpResult Legend(LivesExport export) =>
        TypedResults.Stream(export.WriteLegendAsync, LivesExport.ContentType, "legend.csv");

    private static PushStreamHttpResult FeedInfo(LivesExport export) =>
        TypedResults.Stream(export.WriteFeedInfoAsync, LivesExport.ContentType, "feed_info.csv");
}
