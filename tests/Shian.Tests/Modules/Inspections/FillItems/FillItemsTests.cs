using System.Net;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Inspections.InspectionsTestData;

namespace Shian.Tests.Modules.Inspections.FillItems;

[Collection(AppCollection.Name)]
public sealed class FillItemsTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_draft_survives_a_reload_through_the_api_and_the_phone_page_form()
    {
        var (inspector, operatorId, _, team) = await SetupAsync(app);
        var inspection = await StartAsync(inspector, Inspection(operatorId, team));
        var id = inspection.GetProperty("id").GetGuid();
        var items = Items(inspection).ToList();
        items.Count.ShouldBeGreaterThan(10);
        inspection.GetProperty("status").GetString().ShouldBe("Draft");

        (await SaveItemAsync(inspector, id, items[0].GetProperty("id").GetGuid(), "does_not_conform", "冷藏柜温度12℃")).EnsureSuccessStatusCode();
        var form = await inspector.PostMultipartFormAsync(
            $"/inspections/{id}/fill", $"/inspections/{id}/items/{items[1].GetProperty("id").GetGuid()}/form",
            [("outcome", "not_applicable"), ("note", "本店无专间")]);

        form.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        form.Headers.Location!.ToString().ShouldContain($"#item-{items[1].GetProperty("id").GetGuid()}");
        var reloaded = await (await inspector.GetAsync(InspectionsApiPaths.Inspection(id), Ct)).ReadJsonAsync();
        var first = Items(reloaded).First();
        first.GetProperty("outcome").GetString().ShouldBe("does_not_conform");
        first.GetProperty("note").GetString().ShouldBe("冷藏柜温度12℃");
        Items(reloaded).ElementAt(1).GetProperty("outcome").GetString().ShouldBe("not_applicable");
        var page = await inspector.GetPageAsync($"/inspections/{id}/fill");
        page.ShouldContain("冷藏柜温度12℃");
        page.ShouldContain("本店无专间");
        page.ShouldContain("accept=\"image/*\" capture=\"environment\"");
        page.ShouldContain($"id=\"item-{items[1].GetProperty("id").GetGuid()}\"");
    }

    /// <summary>Back after sign-off lands on the fill page: it was a 500 ("A frame of type 'Element' was left unclosed").</summary>
    [Fact]
    public async Task The_fill_page_of_a_signed_inspection_shows_the_outcomes_read_only()
    {
        var (inspector, operatorId, _, team) = await SetupAsync(app);
        var inspection = await StartAsync(inspector, Inspection(operatorId, team));
        var id = inspection.GetProperty("id").GetGuid();
        await FillAsync(inspector, inspection);
        (await SignAsync(inspector, id)).EnsureSuccessStatusCode();

        var page = await inspector.GetAsync($"/inspections/{id}/fill", Ct);

        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync(Ct);
        html.ShouldContain("该检查已签署，不能再修改");
        html.ShouldNotContain("/items/");
        html.ShouldContain($"id=\"item-{Items(inspection).First().GetProperty("id").GetGuid()}\"");
    }
}
