using Shian.EndToEndTests.Infrastructure;

namespace Shian.EndToEndTests.Modules.Operators;

/// <summary>The inspector's everyday journey: find a shop by a word of its name, correct its file, see the trace.</summary>
public sealed class EditOperatorJourneyTests(E2EFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Inspector_finds_an_operator_by_two_Chinese_characters_edits_the_contact_person_and_sees_it_on_the_timeline()
    {
        var target = Demo.XinhuiEdited;
        var contact = "梁嘉欣" + Random.Shared.Next(10, 99);
        await LogInAsync("insp.xinhui");

        await Page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "一户一档" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "一户一档", Level = 1 })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Searchbox).FillAsync(Demo.XinhuiQuery);
        await Page.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();

        var results = Page.Locator(".result-list > li");
        var hit = results.GetByRole(AriaRole.Link).Filter(new() { HasText = target.Name });
        await Expect(hit).ToHaveCountAsync(1);
        var lines = await results.AllInnerTextsAsync();
        Output.WriteLine($"Query '{Demo.XinhuiQuery}' found {lines.Count}: {string.Join(" | ", lines.Select(l => l.ReplaceLineEndings(" ")))}");
        lines.ShouldAllBe(line => line.Contains(Demo.XinhuiQuery), "every result contains the query (in its name, address or people)");
        lines.ShouldAllBe(line => line.Contains("新会"), "a 新会 inspector sees only 新会 operators");

        await hit.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = target.Name, Level = 1 })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "编辑", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "编辑档案" })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("名称", new() { Exact = true })).ToHaveValueAsync(target.Name);

        await Page.GetByLabel("联系人").FillAsync(contact);
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = target.Name, Level = 1 })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "时间轴" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "时间轴" })).ToHaveAttributeAsync("aria-current", "page");
        var newest = Page.Locator("ol.timeline > li").First;
        await Expect(newest).ToContainTextAsync("修改档案");
        await Expect(newest).ToContainTextAsync("修改了：联系人");
        await Expect(newest).ToContainTextAsync("新会执法员");
        await Expect(Page.Locator("ol.timeline")).ToContainTextAsync("建立档案");

        await Page.GetByRole(AriaRole.Link, new() { Name = "概况" }).ClickAsync();
        await Expect(Page.Locator("dl.facts")).ToContainTextAsync(contact);
    }
}
