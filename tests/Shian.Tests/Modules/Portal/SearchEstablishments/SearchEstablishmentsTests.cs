using System.Net;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Catering.CateringTestData;

namespace Shian.Tests.Modules.Portal.SearchEstablishments;

/// <summary>The FHRS-shaped establishment search of the open-data API and the public search page, as an anonymous visitor.</summary>
[Collection(AppCollection.Name)]
public sealed class SearchEstablishmentsTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Establishments_are_filtered_by_name_district_town_and_grade_and_paged_with_fhrs_meta_and_links()
    {
        var (token, excellent, _, _, _) = await app.ArrangeEstablishmentsAsync();
        using var anonymous = app.AnonymousClient();

        var all = await PortalFixture.GetJsonAsync(anonymous, PortalApiPaths.Search($"name={token}"));
        all.GetProperty("meta").GetProperty("totalCount").GetInt32().ShouldBe(4);
        all.GetProperty("meta").GetProperty("returncode").GetString().ShouldBe("OK");
        PortalFixture.Names(await PortalFixture.GetJsonAsync(anonymous, PortalApiPaths.Search($"name={token}&district=440781"))).Count.ShouldBe(3);
        PortalFixture.Names(await PortalFixture.GetJsonAsync(anonymous, PortalApiPaths.Search($"name={token}&district={Uri.EscapeDataString("台山市")}"))).Count.ShouldBe(3);
        PortalFixture.Names(await PortalFixture.GetJsonAsync(anonymous, PortalApiPaths.Search($"name={token}&town={TestData.XinhuiTown}"))).ShouldBe([$"丁{token}茶楼"]);
        PortalFixture.Names(await PortalFixture.GetJsonAsync(anonymous, PortalApiPaths.Search($"name={token}&grade=rectifying"))).ShouldBe([$"丙{token}小吃"]);

        var rated = await PortalFixture.GetJsonAsync(anonymous, PortalApiPaths.Search($"name={token}&grade=A"));
        var item = rated.GetProperty("establishments").EnumerateArray().ShouldHaveSingleItem();
        item.GetProperty("id").GetGuid().ShouldBe(excellent);
        item.GetProperty("dynamicGrade").GetString().ShouldBe("excellent");
        item.GetProperty("dynamicGradeFace").GetString().ShouldBe("大笑");
        item.GetProperty("annualGrade").GetString().ShouldBe("A");
        item.GetProperty("lastInspectionDate").GetString().ShouldBe(Iso(Today));
        item.GetProperty("ratingDate").GetString().ShouldBe(Iso(Today));
        item.GetProperty("townName").GetString().ShouldBe("台城街道");
        item.GetProperty("newRatingPending").GetBoolean().ShouldBeFalse();

        var first = await PortalFixture.GetJsonAsync(anonymous, PortalApiPaths.Search($"name={token}&pageSize=3"));
        var meta = first.GetProperty("meta");
        (meta.GetProperty("itemCount").GetInt32(), meta.GetProperty("totalPages").GetInt32(), meta.GetProperty("pageNumber").GetInt32()).ShouldBe((3, 2, 1));
        var next = first.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "next").GetProperty("href").GetString()!;
        next.ShouldContain("pageNumber=2");
        next.ShouldContain($"name={token}");
        var second = await PortalFixture.GetJsonAsync(anonymous, new Uri(next).PathAndQuery);
        PortalFixture.Names(second).ShouldHaveSingleItem();
        PortalFixture.Names(first).Concat(PortalFixture.Names(second)).Distinct().Count().ShouldBe(4);
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

        var problem = await (await anonymous.GetAsync(PortalApiPaths.Search($"{query}"), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);

        problem.GetProperty("errors").EnumerateObject().ShouldNotBeEmpty();
    }

    [Fact]
    public async Task A_huge_name_is_refused_and_a_non_numeric_page_is_a_400_not_a_500()
    {
        using var anonymous = app.AnonymousClient();

        await (await anonymous.GetAsync(PortalApiPaths.Search($"name={new string('餐', 500)}"), Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "portal.name_too_long");
        await (await anonymous.GetAsync(PortalApiPaths.Search("pageNumber=abc"), Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Search_page_lists_matches_for_anyone_and_shows_a_bad_grade_as_an_error()
    {
        var (token, _, _, _, _) = await app.ArrangeEstablishmentsAsync();
        using var anonymous = app.AnonymousClient();

        var html = await anonymous.GetStringAsync(PortalApiPaths.SearchPage($"name={token}&district=440781"), Ct);
        html.ShouldContain($"甲{token}酒家");
        html.ShouldContain($"丙{token}小吃");
        html.ShouldNotContain($"丁{token}茶楼");
        var bad = await anonymous.GetAsync(PortalApiPaths.SearchPage("grade=Z"), Ct);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await anonymous.GetAsync(PortalApiPaths.EstablishmentPage(Guid.NewGuid()), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
