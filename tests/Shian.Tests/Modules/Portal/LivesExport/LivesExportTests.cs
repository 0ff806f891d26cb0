using System.Text;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Catering.CateringTestData;

namespace Shian.Tests.Modules.Portal.LivesExport;

/// <summary>The LIVES CSV files of the open data, as an anonymous visitor.</summary>
[Collection(AppCollection.Name)]
public sealed class LivesExportTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Lives_csv_files_parse_back_with_their_headers_and_rows_in_utf8_with_bom()
    {
        var token = TestData.Token();
        var name = $"\"好味\",{token}餐厅";
        var (id, _) = await ExistingOperatorAsync(app, name: name);
        await CompleteInspectionAsync(app, id, 86.5m, Today.AddDays(-3), kind: "post_licence");
        using var anonymous = app.AnonymousClient();

        var businesses = await anonymous.GetAsync(PortalApiPaths.LivesBusinesses, Ct);
        businesses.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await businesses.Content.ReadAsByteArrayAsync(Ct);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var rows = PortalFixture.Csv.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        rows[0].ShouldBe(["business_id", "name", "address", "city", "state", "postal_code", "latitude", "longitude", "phone_number"]);
        var row = rows.Single(r => r[0] == id.ToString());
        row[1].ShouldBe(name);
        row[3].ShouldBe("台山市");
        row[8].ShouldBe("");

        var inspectionsText = await anonymous.GetStringAsync(PortalApiPaths.LivesInspections, Ct);
        var inspections = PortalFixture.Csv.Parse(inspectionsText.TrimStart('\uFEFF'));
        inspections[0].ShouldBe(["business_id", "score", "date", "description", "type"]);
        var inspection = inspections.Single(r => r[0] == id.ToString());
        inspection[1].ShouldBe("86.5");
        inspection[2].ShouldBe(Today.AddDays(-3).ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
        inspection[3].ShouldContain("良好");
        inspection[4].ShouldBe("initial");
    }

    [Fact]
    public async Task Lives_legend_comes_from_the_rule_rows_with_inclusive_bounds()
    {
        using var anonymous = app.AnonymousClient();

        var legend = PortalFixture.Csv.Parse((await anonymous.GetStringAsync(PortalApiPaths.LivesLegend, Ct)).TrimStart('\uFEFF'));

        legend[0].ShouldBe(["minimum_score", "maximum_score", "description"]);
        legend.Skip(1).Select(r => (r[0], r[1])).ShouldBe([("90", "100"), ("75", "89.99"), ("60", "74.99"), ("0", "59.99")]);
        legend[1][2].ShouldContain("优秀（大笑）");
        var feed = PortalFixture.Csv.Parse((await anonymous.GetStringAsync(PortalApiPaths.LivesFeedInfo, Ct)).TrimStart('\uFEFF'));
        feed[0][0].ShouldBe("feed_date");
        feed[1][0].ShouldBe(Today.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
