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
}
