using System.Globalization;
using CsvHelper;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Catering.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Web;

namespace Shian.Modules.Portal.Features.LivesExport;

/// <summary>
/// Yelp LIVES files, streamed row by row: <c>businesses.csv</c> and <c>inspections.csv</c> with LIVES' column
/// names, written by <see cref="CsvFiles"/>: UTF-8 with a byte-order mark and CRLF so Excel opens Chinese text
/// correctly, quoting as Excel does, and formula escaping so a spreadsheet never runs a business name; tabs and
/// line breaks become spaces first (LIVES forbids them). No personal data: phone_number stays empty.
/// </summary>
internal sealed class LivesExport(ICateringGrades grades, IJurisdictionDirectory jurisdictions, IConfiguration configuration, TimeProvider time)
{
    public const string ContentType = CsvFiles.ContentType;

    public static readonly string[] BusinessColumns =
        ["business_id", "name", "address", "city", "state", "postal_code", "latitude", "longitude", "phone_number"];

    public static readonly string[] InspectionColumns = ["business_id", "score", "date", "description", "type"];

    public static readonly string[] LegendColumns = ["minimum_score", "maximum_score", "description"];

    public static readonly string[] FeedInfoColumns = ["feed_date", "feed_version", "municipality_name", "municipality_url", "contact_email"];

    public async Task WriteBusinessesAsync(Stream body)
    {
        var ct = CancellationToken.None;
        var places = (await jurisdictions.AllAsync(ct)).ToDictionary(p => p.Code, p => p.Name);
        var province = configuration["Portal:Province"] ?? Messages.Get("portal.lives.default_province");
        await using var writer = Writer(body);
        await WriteRowAsync(writer, BusinessColumns);
        await foreach (var e in grades.StreamAsync(ct))
        {
            var district = places.GetValueOrDefault(JurisdictionCodes.DistrictOf(e.JurisdictionCode), "");
            await WriteRowAsync(writer, [e.Id.ToString(), e.Name, e.Address, district, province, "", "", "", ""]);
        }
    }

    public async Task WriteInspectionsAsync(Stream body)
    {
        await using var writer = Writer(body);
        await WriteRowAsync(writer, InspectionColumns);
        await foreach (var i in grades.StreamInspectionsAsync(CancellationToken.None))
        {
            var score = i.Score?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
            await WriteRowAsync(writer, [i.EstablishmentId.ToString(), score, i.InspectedOn.ToString("yyyyMMdd", CultureInfo.InvariantCulture),
                Texts.Record(typeof(PortalText), "portal.lives.result_with_grade", i.Result, i.DynamicGradeLabel), LivesType(i.Kind)]);
        }
    }

    /// <summary>legend.csv: the dynamic score bands in force today, from the rule rows, with their citation.</summary>
    public async Task WriteLegendAsync(Stream body)
    {
        var legend = await grades.LegendAsync(Today(), CancellationToken.None);
        await using var writer = Writer(body);
        await WriteRowAsync(writer, LegendColumns);
        foreach (var band in legend.Dynamic)
        {
            // LIVES bounds are inclusive; scores carry two decimals, so the next band starts 0.01 higher.
            var max = band.UpperBound >= 100 ? 100 : band.UpperBound - 0.01m;
            await WriteRowAsync(writer, [Number(band.MinimumScore), Number(max), $"{band.Label}（{legend.Citation}）"]);
        }
    }

    /// <summary>feed_info.csv: when and by whom the feed was made.</summary>
    public async Task WriteFeedInfoAsync(Stream body)
    {
        await using var writer = Writer(body);
        await WriteRowAsync(writer, FeedInfoColumns);
        await WriteRowAsync(writer, [
            Today().ToString("yyyyMMdd", CultureInfo.InvariantCulture), "1.0",
            configuration["Portal:Municipality"] ?? Texts.Record(typeof(PortalText), "portal.lives.default_municipality"), configuration["Documents:PublicBaseUrl"] ?? "",
            configuration["Portal:ContactEmail"] ?? ""]);
    }

    private DateOnly Today() => time.ChinaToday();

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>LIVES knows initial / routine / followup / complaint; a post-licence check is the initial one.</summary>
    public static string LivesType(string kind) => kind switch
    {
        "post_licence" => "initial",
        "followup" or "follow_up" => "followup",
        "complaint" => "complaint",
        _ => "routine",
    };

    public static string Field(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');

    private static CsvWriter Writer(Stream body) => CsvFiles.Writer(body);

    private static ValueTask WriteRowAsync(CsvWriter writer, IEnumerable<string> values) =>
        writer.WriteRecordAsync([.. values.Select(Field)], CancellationToken.None);
}
