using Shian.EndToEndTests.Infrastructure;

namespace Shian.EndToEndTests.Modules.Operators;

/// <summary>Inspectors work on phones in kitchens: no sideways scrolling, and every control big enough for a thumb.</summary>
public sealed class PhoneLayoutTests(E2EFixture app) : BrowserTest(app)
{
    /// <summary>Below this height (CSS px) a control is hard to hit with a thumb; the app aims at 44.</summary>
    private const double MinTouchTarget = 40;

    /// <summary>Buttons, links and form fields a thumb must hit; a checkbox is hit through its label.</summary>
    private const string Controls =
        "header a, header button, main button, main a.button, main .tabs a, main .pager a, main form a, " +
        "main input:not([type=hidden]):not([type=checkbox]), main select, main textarea, main label.check";

    protected override BrowserNewContextOptions ContextOptions => new()
    {
        ViewportSize = new() { Width = 390, Height = 844 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
    };

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

    private async Task CheckPageAsync(string name)
    {
        var path = await ScreenshotAsync(name);
        Output.WriteLine($"{name}: {Page.Url} → {path}");

        var width = await Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        width[0].ShouldBeLessThanOrEqualTo(width[1] + 1, $"{name}: the page scrolls sideways ({width[0]} px wide in a {width[1]} px window)");

        var small = await Page.EvaluateAsync<string[]>(
            """
            ([selector, min]) => [...document.querySelectorAll(selector)]
                .filter(e => e.getClientRects().length > 0)
                .map(e => [e, e.getBoundingClientRect().height])
                .filter(([e, h]) => h < min)
                .map(([e, h]) => `${e.tagName.toLowerCase()} "${(e.innerText || e.value || e.name || '').trim().slice(0, 20)}" ${h.toFixed(1)}px`)
            """,
            new object[] { Controls, MinTouchTarget });
        small.ShouldBeEmpty($"{name}: controls shorter than {MinTouchTarget} px");
    }
}
