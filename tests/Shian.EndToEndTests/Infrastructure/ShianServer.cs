using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Shian.EndToEndTests.Infrastructure;

/// <summary>
/// The whole platform in-process on a real Kestrel port, on a SQLite file of its own, with the tiny demo data
/// set (≈200 operators and the demo accounts) seeded by the app's own start-up, as <c>dotnet run</c> does.
/// </summary>
public sealed class ShianServer : WebApplicationFactory<Program>
{
    private readonly string _sqlitePath = Path.Combine(Path.GetTempPath(), $"shian-e2e-{Guid.NewGuid():N}.db");

    /// <summary>The app's warnings and errors, for the output of a failed test.</summary>
    public ServerLog Log { get; } = new();

    /// <summary>Where a browser reaches the app, e.g. <c>http://127.0.0.1:41013</c>.</summary>
    public Uri BaseAddress { get; private set; } = default!;

    /// <summary>Starts Kestrel on a free port; returns once migrations and demo data are in place.</summary>
    public void Start()
    {
        UseKestrel(0);
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var uri = new Uri(address);
        // Kestrel reports the address it bound (possibly [::] or 0.0.0.0); a browser needs a concrete host.
        BaseAddress = new UriBuilder(uri) { Host = "127.0.0.1" }.Uri;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_sqlitePath + suffix);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        // Outside Development the app's wwwroot and blazor.web.js come from the static web assets manifest,
        // which only a published app has next to it; a browser needs the stylesheet and the script.
        builder.UseStaticWebAssets();
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Shian", $"Data Source={_sqlitePath}");
        builder.UseSetting("DemoData:Enabled", "true");
        builder.UseSetting("DemoData:Scale", "tiny");
        builder.UseSetting("Security:AllowDemoSecrets", "true"); // demo accounts on purpose; the guard allows it outside Production
        builder.UseSetting("RateLimits:AnonymousPerMinute", "100000");
        builder.UseSetting("RateLimits:PublicFormsPerMinute", "100000");
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Log));
    }
}
