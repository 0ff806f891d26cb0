using System.Collections.Concurrent;
using System.Diagnostics;
using Shian.EndToEndTests.Infrastructure;
using Shian.Hosting.DemoData;

namespace Shian.EndToEndTests.Crawl;

/// <summary>
/// Every page, as every kind of user, at a phone's width and a desk's, in Chinese and in English: no 5xx, no page
/// error, no sideways scroll, no resource key or internal token, no English in the Chinese UI and no untranslated
/// Chinese in the English UI. Home pages are screenshotted at both widths as test artefacts.
/// </summary>
public sealed class PageCrawlerTests(E2EFixture app)
{
    /// <summary>Who uses the platform: the public, an enterprise, field staff, reviewers, a lab, a leader, an administrator.</summary>
    public static TheoryData<string> Roles { get; } =
        ["anonymous", "enterprise", "insp.xinhui", "coord.huicheng", "reviewer", "lab", "leader", "admin"];

    private static readonly (int Width, int Height)[] Widths = [(1366, 900), (390, 844)];

    private static readonly string Script = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Crawl", "page-checks.js"));

    private static ITestOutputHelper Output => TestContext.Current.TestOutputHelper!;

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_is_clean_for(string role)
    {
        var clock = Stopwatch.StartNew();
        var ids = await CrawlIds.ReadAsync(app.Server.Services);
        var urls = CrawlRoutes.Urls(ids, app.Server.Services);
        var dataWords = DemoAccounts.All.Select(a => a.UserName).ToHashSet(StringComparer.Ordinal);
        var findings = new List<string>();
        var checkedPages = 0;

        foreach (var language in new[] { "zh-CN", "en-US" })
        {
            await using var context = await app.Browser.NewContextAsync(new()
            {
                BaseURL = app.BaseAddress.ToString(),
                Locale = language,
                TimezoneId = "Asia/Shanghai",
                ViewportSize = new() { Width = Widths[0].Width, Height = Widths[0].Height },
            });
            await context.AddCookiesAsync([new() { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = app.BaseAddress.ToString() }]);
            var page = await context.NewPageAsync();
            var errors = new ConcurrentQueue<string>();
            page.Console += (_, m) => { if (m.Type == "error") errors.Enqueue($"console: {m.Text}"); };
            page.PageError += (_, e) => errors.Enqueue($"page error: {e}");
            if (role != "anonymous")
            {
                await SignInAsync(page, role);
            }

            foreach (var url in urls)
            {
                var where = $"{role} {language} {url}";
                IResponse? response;
                string? expectedStatus = null;
                try
                {
                    response = await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });
                }
                catch (PlaywrightException e)
                {
                    findings.Add($"{where}: did not load ({e.Message.Split('\n')[0]})");
                    continue;
                }

                if (response is { Status: >= 500 })
                {
                    findings.Add($"{where}: HTTP {response.Status}");
                }

                // A 4xx page (an unknown id, a page this role may not open) makes Chromium log the document's own
                // status as a console error; that is the status working, not a page error.
                expectedStatus = response is { Status: >= 400 and < 500 } ? $"status of {response.Status}" : null;

                foreach (var (width, height) in Widths)
                {
                    await page.SetViewportSizeAsync(width, height);
                    var seen = await page.EvaluateAsync<PageReading>(Script);
                    checkedPages++;
                    if (seen.ScrollWidth > seen.InnerWidth + 1)
                    {
                        findings.Add($"{where} @{width}: scrolls sideways ({seen.ScrollWidth} px in {seen.InnerWidth})");
                    }

                    if (width == Widths[0].Width)
                    {
                        findings.AddRange(TextRules.Findings(seen.Texts, language == "en-US", dataWords).Select(f => $"{where}: {f}"));
                    }

                    if (url == "/")
                    {
                        var file = Path.Combine(E2EFixture.ArtifactsDirectory, $"home-{role}-{language}-{width}.png");
                        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
                        Output.WriteLine($"home page of {role} ({language}, {width} px): {file}");
                    }
                }

                await page.SetViewportSizeAsync(Widths[0].Width, Widths[0].Height);
                while (errors.TryDequeue(out var error))
                {
                    if (expectedStatus is null || !error.Contains(expectedStatus, StringComparison.Ordinal))
                    {
                        findings.Add($"{where}: {error}");
                    }
                }
            }
        }

        var summary = $"crawl {role}: {urls.Count} pages × 2 languages × {Widths.Length} widths = {checkedPages} page views, {findings.Count} findings, {clock.Elapsed.TotalSeconds:F0} s";
        Output.WriteLine(summary);
        Console.WriteLine(summary);
        foreach (var finding in findings)
        {
            Output.WriteLine(finding);
        }

        findings.ShouldBeEmpty(summary);
    }

    private static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").Or(page.GetByLabel("User name")).FillAsync(userName);
        await page.GetByLabel("密码").Or(page.GetByLabel("Password")).FillAsync(DemoAccounts.Password);
        await page.Locator("form button[type=submit]").First.ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
    }

    /// <summary>What page-checks.js returns (Playwright fills it by property name).</summary>
    private sealed class PageReading
    {
        public int ScrollWidth { get; set; }

        public int InnerWidth { get; set; }

        public string[] Texts { get; set; } = [];
    }
}
