using System.Text.RegularExpressions;
using Shian.EndToEndTests.Infrastructure;

namespace Shian.EndToEndTests.Components;

/// <summary>Chinese first, English on request, from the link in the header, without losing the page.</summary>
public sealed partial class LanguageSwitchTests(E2EFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Header_link_switches_the_page_to_English_and_back_to_Chinese_on_the_same_search()
    {
        await LogInAsync("insp.xinhui");
        await GoToAsync("/operators?q=" + Uri.EscapeDataString(Demo.XinhuiQuery));
        var header = Page.Locator("header");
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "一户一档", Level = 1 })).ToBeVisibleAsync();

        await header.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Operators", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page).ToHaveURLAsync(SearchUrl());
        await Expect(Page.GetByRole(AriaRole.Searchbox)).ToHaveValueAsync(Demo.XinhuiQuery);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Search" })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Searchbox)).ToHaveAttributeAsync("placeholder", "Name, credit code, address or legal representative");
        await Expect(header.GetByRole(AriaRole.Link, new() { Name = "Jiangmen Food Safety Supervision Platform" })).ToBeVisibleAsync();
        await Expect(header.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en-US");
        await Expect(Page).ToHaveTitleAsync("Operators");

        await Page.Locator(".result-list a").First.ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Timeline" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("Unified social credit code")).ToBeVisibleAsync();

        await header.GetByRole(AriaRole.Link, new() { Name = "中文" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "时间轴" })).ToBeVisibleAsync();
        await Expect(Page.GetByText("统一社会信用代码")).ToBeVisibleAsync();
        await Expect(header.GetByRole(AriaRole.Button, new() { Name = "退出" })).ToBeVisibleAsync();
        await Expect(header.GetByRole(AriaRole.Link, new() { Name = "English" })).ToBeVisibleAsync();
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
    }

    [GeneratedRegex(@"/operators\?q=")]
    private static partial Regex SearchUrl();
}
