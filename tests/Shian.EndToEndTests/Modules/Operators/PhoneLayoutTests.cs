using Shian.EndToEndTests.Infrastructure;

namespace Shian.EndToEndTests.Modules.Operators;

/// <summary>Inspectors work on phones in kitchens: no sideways scrolling, and every control big enough for a thumb.</summary>
public sealed class PhoneLayoutTests(E2EFixture app) : PhoneBrowserTest(app)
{
    /// <summary>Buttons, links and form fields a thumb must hit; a checkbox is hit through its label.</summary>
    private const string Controls =
        "header a, header button, main button, main a.button, main .tabs a, main .pager a, main form a, " +
        "main input:not([type=hidden]):not([type=checkbox]), main select, main textarea, main label.check";

    [Fact]
    public async Task Operator_file_and_its_edit_form_fit_a_phone_and_have_thumb_sized_controls()
    {
        var target = Demo.XinhuiViewed;
        await GoToAsync("/account/login");
        await CheckPageAsync("login-phone");
        await LogInAsync("insp.xinhui");

        await GoToAsync($"/operators/{target.Id}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = target.Name, Level = 1 })).ToBeVisibleAsync();
        await CheckPageAsync("operator-file-phone");

        await GoToAsync($"/operators/{target.Id}?tab=timeline");
        await Expect(Page.Locator("ol.timeline > li").First).ToBeVisibleAsync();
        await CheckPageAsync("operator-timeline-phone");

        await Page.GetByRole(AriaRole.Link, new() { Name = "编辑", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "编辑档案" })).ToBeVisibleAsync();
        await CheckPageAsync("operator-edit-phone");

        await GoToAsync("/operators?q=" + Uri.EscapeDataString(Demo.XinhuiQuery));
        await Expect(Page.Locator(".result-list a").First).ToBeVisibleAsync();
        await CheckPageAsync("operator-search-phone");
    }

    private Task CheckPageAsync(string name) => CheckPhoneLayoutAsync(name, Controls);

    /// <summary>
    /// The staff header took 286 of 844 px (11 links in 3 rows): on a phone it is one row, the links open from 菜单,
    /// and every tab of the operator's file (检查记录 holds 新建检查) is on screen.
    /// </summary>
    [Fact]
    public async Task The_phone_header_is_one_row_with_a_menu_and_every_file_tab_is_on_screen()
    {
        await LogInAsync("insp.xinhui");
        await GoToAsync($"/operators/{Demo.XinhuiViewed.Id}");

        var header = await Page.Locator("header").BoundingBoxAsync();
        header!.Height.ShouldBeLessThan(80, "the header on a phone is one row");
        var nav = Page.Locator("header nav").GetByRole(AriaRole.Link, new() { Name = "一户一档" });
        await Expect(nav).ToBeHiddenAsync();

        await Page.GetByText("菜单", new() { Exact = true }).TapAsync();

        await Expect(nav).ToBeVisibleAsync();
        await Expect(Page.Locator("header").GetByRole(AriaRole.Button, new() { Name = "退出" })).ToBeVisibleAsync();
        var offScreen = await Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('.tabs a')].filter(a => a.getBoundingClientRect().right > innerWidth).map(a => a.innerText)");
        offScreen.ShouldBeEmpty("every tab of the operator's file is on screen");
        await CheckPageAsync("operator-file-menu-open-phone");
    }
}
