using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Shian.Hosting.DemoData;

namespace Shian.EndToEndTests.Infrastructure;

/// <summary>
/// A test that drives a fresh browser context (its own cookies) against the shared app. Failed tests leave a
/// full-page screenshot in the artifacts folder and print its path.
/// </summary>
public abstract partial class BrowserTest(E2EFixture app) : IAsyncLifetime
{
    /// <summary>Playwright waits this long for a page or an element before the test fails (generous: CI machines are shared).</summary>
    private const float TimeoutMs = 30_000;

    private readonly DateTimeOffset _started = DateTimeOffset.UtcNow;
    private readonly ConcurrentBag<string> _browserErrors = [];
    private IBrowserContext? _context;

    protected E2EFixture App { get; } = app;

    protected DemoFacts Demo => App.Demo;

    protected IPage Page { get; private set; } = default!;

    protected static ITestOutputHelper Output => TestContext.Current.TestOutputHelper!;

    /// <summary>How the context is created; phone-sized tests override it.</summary>
    protected virtual BrowserNewContextOptions ContextOptions => new() { ViewportSize = new() { Width = 1280, Height = 900 } };

    public virtual async ValueTask InitializeAsync()
    {
        var options = ContextOptions;
        options.BaseURL = App.BaseAddress.ToString();
        options.Locale = "zh-CN";
        options.TimezoneId = "Asia/Shanghai";
        _context = await App.Browser.NewContextAsync(options);
        _context.SetDefaultTimeout(TimeoutMs);
        _context.SetDefaultNavigationTimeout(TimeoutMs);
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        Page = await _context.NewPageAsync();
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _browserErrors.Add($"console: {message.Text} ({Page.Url})");
            }
        };
        Page.PageError += (_, error) => _browserErrors.Add($"page error: {error} ({Page.Url})");
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_context is null)
        {
            return;
        }

        var failed = TestContext.Current.TestState?.Result == TestResult.Failed;
        if (failed && Page is not null)
        {
            var name = TestContext.Current.Test?.TestDisplayName ?? "test";
            var path = await ScreenshotAsync("failed-" + name);
            Output.WriteLine($"Page at failure: {Page.Url}, screenshot: {path}");
            foreach (var entry in App.Server.Log.Since(_started))
            {
                Output.WriteLine("Server: " + entry);
            }
        }

        await _context.CloseAsync();
        GC.SuppressFinalize(this);
        if (!failed)
        {
            // A journey that looks right but made the server log an error, or the page throw, is still a bug.
            _browserErrors.ShouldBeEmpty("the browser reported errors (console or uncaught exceptions)");
            App.Server.Log.Since(_started).Where(e => e.Level >= LogLevel.Error).Select(e => e.ToString())
                .ShouldBeEmpty("the server logged errors while this test ran");
        }
    }

    protected static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    protected static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    protected async Task GoToAsync(string path) => await Page.GotoAsync(path);

    /// <summary>Signs in through the login page, as a person does, and waits until the app has let them in.</summary>
    protected async Task LogInAsync(string userName, string password = DemoAccounts.Password)
    {
        if (!Page.Url.Contains("/account/login", StringComparison.Ordinal))
        {
            await GoToAsync("/account/login");
        }

        await FillLoginFormAsync(userName, password);
        await Expect(Page).Not.ToHaveURLAsync(LoginUrl());
        // On a phone the sign-out button sits in the folded header menu: present, not necessarily visible.
        await Expect(Page.Locator("form[action='/account/logout'] button")).ToBeAttachedAsync();
    }

    protected async Task FillLoginFormAsync(string userName, string password)
    {
        await Page.GetByLabel("用户名").FillAsync(userName);
        await Page.GetByLabel("密码").FillAsync(password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
    }

    /// <summary>A full-page PNG under the artifacts folder; returns its path.</summary>
    protected async Task<string> ScreenshotAsync(string name)
    {
        var file = Path.Combine(E2EFixture.ArtifactsDirectory, SafeFileName().Replace(name, "-") + ".png");
        await Page.ScreenshotAsync(new() { Path = file, FullPage = true });
        return file;
    }

    [GeneratedRegex("/account/login")]
    protected static partial Regex LoginUrl();

    [GeneratedRegex(@"[^\p{L}\p{N}_.-]+")]
    private static partial Regex SafeFileName();
}
