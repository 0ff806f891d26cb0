using System.Diagnostics;

namespace Shian.EndToEndTests.Infrastructure;

/// <summary>
/// One running app and one headless Chromium for the whole test assembly: start-up (migrations, demo data,
/// browser launch) is paid once. Each test opens its own browser context, so cookies never leak between tests.
/// </summary>
public sealed class E2EFixture : IAsyncLifetime
{
    /// <summary>Debian's Chromium; CI installs it with apt. Playwright never downloads a browser here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public ShianServer Server { get; } = new();

    public IBrowser Browser { get; private set; } = default!;

    public DemoFacts Demo { get; private set; } = default!;

    public Uri BaseAddress => Server.BaseAddress;

    /// <summary>Screenshots and failure captures: bin/…/artifacts, next to the test assembly.</summary>
    public static string ArtifactsDirectory { get; } = FreshArtifactsDirectory();

    public async ValueTask InitializeAsync()
    {
        // Belt and braces: nothing in this run may fetch a browser build.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing; install Debian's chromium package (apt-get install chromium).");
        }

        var clock = Stopwatch.StartNew();
        var launch = Task.Run(async () =>
        {
            _playwright = await Playwright.CreateAsync();
            return await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
        });
        try
        {
            Server.Start();
        }
        catch
        {
            // The app did not start: do not leave a browser behind.
            await (await launch).CloseAsync();
            _playwright?.Dispose();
            _playwright = null;
            throw;
        }

        var appReady = clock.Elapsed;
        Browser = await launch;
        Demo = await DemoFacts.ReadAsync(Server.Services);
        TestContext.Current.SendDiagnosticMessage(
            $"E2E: app at {BaseAddress} up in {appReady.TotalSeconds:F1} s, Chromium {Browser.Version} and demo facts ready at {clock.Elapsed.TotalSeconds:F1} s");
    }

    private static string FreshArtifactsDirectory()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "artifacts");
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }

        return Directory.CreateDirectory(path).FullName;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
