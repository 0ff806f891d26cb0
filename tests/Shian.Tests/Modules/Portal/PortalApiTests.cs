using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Catering.CateringTestData;

namespace Shian.Tests.Modules.Portal;

/// <summary>The open-data API (FHRS-shaped), the LIVES CSV files and the public pages, as an anonymous visitor.</summary>
[Collection(AppCollection.Name)]
public sealed class PortalApiTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Four graded establishments whose names share a token: three in Taishan (A-rated excellent, good, rectifying), one in Xinhui.</summary>
    private async Task<(string Token, Guid Excellent, Guid Good, Guid Rectifying, Guid Xinhui)> ArrangeAsync()
    {
        var token = TestData.Token();
        var (excellent, _) = await ExistingOperatorAsync(app, name: $"甲{token}酒家");
        var (good, _) = await ExistingOperatorAsync(app, name: $"乙{token}饭店");
        var (rectifying, _) = await ExistingOperatorAsync(app, name: $"丙{token}小吃");
        var (xinhui, _) = await ExistingOperatorAsync(app, TestData.XinhuiTown, $"丁{token}茶楼");
        await CompleteInspectionAsync(app, excellent, 92m, Today.AddMonths(-13));
        await CompleteInspectionAsync(app, excellent, 95m);
        await CompleteInspectionAsync(app, good, 80m);
        await CompleteInspectionAsync(app, rectifying, 55m);
        await CompleteInspectionAsync(app, xinhui, 91m, town: TestData.XinhuiTown);
        return (token, excellent, good, rectifying, xinhui);
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url) => await (await client.GetAsync(url, Ct)).ReadJsonAsync();

    private static List<string> Names(JsonElement page) =>
        page.GetProperty("establishments").EnumerateArray().Select(e => e.GetProperty("businessName").GetString()!).ToList();

    [Fact]
    public async Task Establishments_are_filtered_by_name_district_town_and_grade_and_paged_with_fhrs_meta_and_links()
    {
        var (token, excellent, _, _, _) = await ArrangeAsync();
        using var anonymous = app.AnonymousClient();

        var all = await GetJsonAsync(anonymous, $"/api/v1/portal/establishments?name={token}");
        all.GetProperty("meta").GetProperty("totalCount").GetInt32().ShouldBe(4);
        all.GetProperty("meta").GetProperty("returncode").GetString().ShouldBe("OK");
        Names(await GetJsonAsync(anonymous, $"/api/v1/portal/establishments?name={token}&district=440781")).Count.ShouldBe(3);
        Names(await GetJsonAsync(anonymous, $"/api/v1/portal/establishments?name={token}&district={Uri.EscapeDataString("台山市")}")).Count.ShouldBe(3);
        Names(await GetJsonAsync(anonymous, $"/api/v1/portal/establishments?name={token}&town={TestData.XinhuiTown}")).ShouldBe([$"丁{token}茶楼"]);
        Names(await GetJsonAsync(anonymous, $"/api/v1/portal/establishments?name={token}&grade=rectifying")).ShouldBe([$"丙{token}小吃"]);

        var rated = await GetJsonAsync(anonymous, $"/api/v1/portal/establishments?name={token}&grade=A");
        var item = rated.GetProperty("establishments").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("id").GetGuid().ShouldBe(excellent);
        item.GetProperty("dynamicGrade").GetString().ShouldBe("excellent");
        item.GetProperty("dynamicGradeFace").GetString().ShouldBe("大笑");
        item.GetProperty("annualGrade").GetString().ShouldBe("A");
        item.GetProperty("lastInspectionDate").GetString().ShouldBe(Iso(Today));
        item.GetProperty("ratingDate").GetString().ShouldBe(Iso(Today));
        item.GetProperty("townName").GetString().ShouldBe("台城街道");
        item.GetProperty("newRatingPending").GetBoolean().ShouldBeFalse();

        var first = await GetJsonAsync(anonymous, $"/api/v1/portal/establishments?name={token}&pageSize=3");
        var meta = first.GetProperty("meta");
        (meta.GetProperty("itemCount").GetInt32(), meta.GetProperty("totalPages").GetInt32(), meta.GetProperty("pageNumber").GetInt32()).ShouldBe((3, 2, 1));
        var next = first.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "next").GetProperty("href").GetString()!;
        next.ShouldContain("pageNumber=2");
        next.ShouldContain($"name={token}");
        var second = await GetJsonAsync(anonymous, new Uri(next).PathAndQuery);
        Names(second).ShouldHaveSingleItem();
        Names(first).Concat(Names(second)).Distinct().Count().ShouldBe(4);
        second.GetProperty("links").EnumerateArray().ShouldNotContain(l => l.GetProperty("rel").GetString() == "next");
    }

    [Theory]
    [InlineData("pageSize=0", "portal.invalid_page_size")]
    [InlineData("pageSize=10000", "portal.invalid_page_size")]
    [InlineData("pageNumber=0", "portal.invalid_page_number")]
    [InlineData("grade=Z", "portal.unknown_grade")]
    [InlineData("grade=excellent%27%20OR%201=1", "portal.unknown_grade")]
    [InlineData("district=999999", "portal.unknown_district")]
    [InlineData("district=440781&town=440705001", "portal.unknown_town")]
    public async Task Bad_search_parameters_are_refused_with_a_stable_code(string query, string code)
    {
        using var anonymous = app.AnonymousClient();

        var problem = await (await anonymous.GetAsync($"/api/v1/portal/establishments?{query}", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);

        problem.GetProperty("errors").EnumerateObject().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_huge_name_is_refused_and_a_non_numeric_page_is_a_400_not_a_500()
    {
        using var anonymous = app.AnonymousClient();

        await (await anonymous.GetAsync($"/api/v1/portal/establishments?name={new string('餐', 500)}", Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "portal.name_too_long");
        await (await anonymous.GetAsync("/api/v1/portal/establishments?pageNumber=abc", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Establishment_detail_lists_its_inspections_and_an_unknown_id_is_404()
    {
        var (_, excellent, _, _, _) = await ArrangeAsync();
        using var anonymous = app.AnonymousClient();

        var detail = await GetJsonAsync(anonymous, $"/api/v1/portal/establishments/{excellent}");
        var inspections = detail.GetProperty("inspections").EnumerateArray().ToList();
        inspections.Count.ShouldBe(2);
        inspections[0].GetProperty("score").GetDecimal().ShouldBe(95m);
        inspections[0].GetProperty("result").GetString().ShouldBe("符合");
        await (await anonymous.GetAsync($"/api/v1/portal/establishments/{Guid.NewGuid()}", Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "portal.establishment_not_found");
    }

    [Fact]
    public async Task Lives_csv_files_parse_back_with_their_headers_and_rows_in_utf8_with_bom()
    {
        var token = TestData.Token();
        var name = $"\"好味\",{token}餐厅";
        var (id, _) = await ExistingOperatorAsync(app, name: name);
        await CompleteInspectionAsync(app, id, 86.5m, Today.AddDays(-3), kind: "post_licence");
        using var anonymous = app.AnonymousClient();

        var businesses = await anonymous.GetAsync("/api/v1/portal/lives/businesses.csv", Ct);
        businesses.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await businesses.Content.ReadAsByteArrayAsync(Ct);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var rows = Csv.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        rows[0].ShouldBe(["business_id", "name", "address", "city", "state", "postal_code", "latitude", "longitude", "phone_number"]);
        var row = rows.Single(r => r[0] == id.ToString());
        row[1].ShouldBe(name);
        row[3].ShouldBe("台山市");
        row[8].ShouldBe("");

        var inspectionsText = await anonymous.GetStringAsync("/api/v1/portal/lives/inspections.csv", Ct);
        var inspections = Csv.Parse(inspectionsText.TrimStart('\uFEFF'));
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

        var legend = Csv.Parse((await anonymous.GetStringAsync("/api/v1/portal/lives/legend.csv", Ct)).TrimStart('\uFEFF'));

        legend[0].ShouldBe(["minimum_score", "maximum_score", "description"]);
        legend.Skip(1).Select(r => (r[0], r[1])).ShouldBe([("90", "100"), ("75", "89.99"), ("60", "74.99"), ("0", "59.99")]);
        legend[1][2].ShouldContain("优秀（大笑）");
        var feed = Csv.Parse((await anonymous.GetStringAsync("/api/v1/portal/lives/feed_info.csv", Ct)).TrimStart('\uFEFF'));
        feed[0][0].ShouldBe("feed_date");
        feed[1][0].ShouldBe(Today.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Public_page_and_api_show_the_grade_but_no_personal_data()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var body = TestData.Operator();
        var idNumber = TestData.NewIdNumber();
        body["legalRepresentative"] = "欧阳" + TestData.Token();
        body["legalRepresentativeIdNumber"] = idNumber;
        body["phone"] = "13912345678";
        var id = await TestData.CreateOperatorAsync(admin, body);
        await CompleteInspectionAsync(app, id, 88m, Today.AddDays(-1));
        using var anonymous = app.AnonymousClient();

        var page = await anonymous.GetAsync($"/portal/establishments/{id}", Ct);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync(Ct);
        var api = await anonymous.GetStringAsync($"/api/v1/portal/establishments/{id}", Ct);
        var csv = await anonymous.GetStringAsync("/api/v1/portal/lives/businesses.csv", Ct);

        html.ShouldContain((string)body["name"]!);
        html.ShouldContain("待评定");
        html.ShouldContain("公示日期");
        html.ShouldContain("国食药监食〔2012〕5号");
        html.ShouldContain(Iso(Today.AddDays(-1)));
        foreach (var text in new[] { html, api, csv })
        {
            text.ShouldNotContain((string)body["legalRepresentative"]!);
            text.ShouldNotContain(idNumber);
            text.ShouldNotContain(idNumber[^4..] + "\"");
            text.ShouldNotContain("13912345678");
            text.ShouldNotContain("****");
        }
    }

    [Fact]
    public async Task Search_page_lists_matches_for_anyone_and_shows_a_bad_grade_as_an_error()
    {
        var (token, _, _, _, _) = await ArrangeAsync();
        using var anonymous = app.AnonymousClient();

        var html = await anonymous.GetStringAsync($"/portal/establishments?name={token}&district=440781", Ct);
        html.ShouldContain($"甲{token}酒家");
        html.ShouldContain($"丙{token}小吃");
        html.ShouldNotContain($"丁{token}茶楼");
        var bad = await anonymous.GetAsync("/portal/establishments?grade=Z", Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await anonymous.GetAsync($"/portal/establishments/{Guid.NewGuid()}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public void Every_portal_endpoint_and_page_is_rate_limited_with_the_anonymous_policy()
    {
        var portal = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.Contains("portal", StringComparison.Ordinal))
            .ToList();

        portal.Count.ShouldBeGreaterThanOrEqualTo(6);
        portal.ShouldAllBe(e => e.Metadata.GetMetadata<EnableRateLimitingAttribute>() != null
                                && e.Metadata.GetMetadata<EnableRateLimitingAttribute>()!.PolicyName == "anonymous");
    }

    /// <summary>A small RFC 4180 reader: quoted fields, doubled quotes, CRLF rows.</summary>
    private static class Csv
    {
        public static List<string[]> Parse(string text)
        {
            var rows = new List<string[]>();
            var fields = new List<string>();
            var field = new StringBuilder();
            var quoted = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else if (c == '"')
                    {
                        quoted = false;
                    }
                    else
                    {
                        field.Append(c);
                    }
                }
                else if (c == '"')
                {
                    quoted = true;
                }
                else if (c == ',')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                }
                else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    fields.Add(field.ToString());
                    field.Clear();
                    rows.Add([.. fields]);
                    fields.Clear();
                    i++;
                }
                else
                {
                    field.Append(c);
                }
            }

            return rows;
        }
    }
}
