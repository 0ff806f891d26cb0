namespace Shian.EndToEndTests.Infrastructure;

/// <summary>
/// A browser test on a phone (390×844, touch): inspectors work on phones in kitchens, so pages must not scroll
/// sideways and every control must be big enough for a thumb.
/// </summary>
public abstract class PhoneBrowserTest(E2EFixture app) : BrowserTest(app)
{
    /// <summary>Below this height (CSS px) a control is hard to hit with a thumb; the app aims at 44.</summary>
    protected const double MinTouchTarget = 40;

    protected override BrowserNewContextOptions ContextOptions => new()
    {
        ViewportSize = new() { Width = 390, Height = 844 },
        DeviceScaleFactor = 2,
        IsMobile = true,
        HasTouch = true,
    };

    /// <summary>Screenshots the page, then asserts no sideways scroll and no visible control in <paramref name="controls"/> under <see cref="MinTouchTarget"/>.</summary>
    protected async Task CheckPhoneLayoutAsync(string name, string controls)
    {
        Output.WriteLine($"{name}: {Page.Url} → {await ScreenshotAsync(name)}");
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
            new object[] { controls, MinTouchTarget });
        small.ShouldBeEmpty($"{name}: controls shorter than {MinTouchTarget} px");
    }
}
