using Shian.EndToEndTests.Infrastructure;

namespace Shian.EndToEndTests.Modules.Operators;

/// <summary>Jurisdiction scope as a person meets it: another district's operator does not exist for you.</summary>
public sealed class ScopeJourneyTests(E2EFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Taishan_inspector_cannot_open_or_edit_a_Xinhui_operator_by_its_address_nor_find_it()
    {
        var xinhui = Demo.XinhuiViewed;
        await LogInAsync("insp.taishan");

        await GoToAsync($"/operators/{xinhui.Id}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "未找到经营主体", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByText("未找到该经营主体，或不在您的辖区范围内。")).ToBeVisibleAsync();
        await Expect(Page.GetByText(xinhui.Name)).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "编辑", Exact = true })).ToHaveCountAsync(0);

        await GoToAsync($"/operators/{xinhui.Id}?tab=timeline");
        await Expect(Page.GetByText("未找到该经营主体，或不在您的辖区范围内。")).ToBeVisibleAsync();

        await GoToAsync($"/operators/{xinhui.Id}/edit");
        await Expect(Page.GetByText("未找到该经营主体，或不在您的辖区范围内。")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "保存" })).ToHaveCountAsync(0);

        await GoToAsync("/operators");
        await Page.GetByRole(AriaRole.Searchbox).FillAsync(xinhui.Name);
        await Page.GetByRole(AriaRole.Button, new() { Name = "搜索" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Searchbox)).ToHaveValueAsync(xinhui.Name);
        await Expect(Page.Locator($"a[href='/operators/{xinhui.Id}']")).ToHaveCountAsync(0);
    }
}
