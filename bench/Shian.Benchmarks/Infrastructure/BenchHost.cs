using System.Security.Claims;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using Shian.Modules.Administration.Domain;
using Shian.Modules.Audit.Data;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Benchmarks.Infrastructure;

/// <summary>
/// The whole platform in this process on a given SQLite file, as the app configures itself (Program.cs), in
/// a "Benchmark" environment. Benchmark-only changes live here, never in src: the audit ledger hook can be
/// left out of DI, and an anonymous static <see cref="HelloPath"/> answers ahead of the platform's
/// middleware as a throughput ceiling. <see cref="WebApplicationFactory{TEntryPoint}.UseKestrel(Action{Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions})"/>
/// serves it on a real loopback port for wrk.
/// </summary>
internal sealed class BenchHost(string connectionString, bool auditLedger = true) : WebApplicationFactory<Program>
{
    public const string HelloPath = "/bench/hello";

    /// <summary>A city-level staff member: sees all 60,000 operators, like a leader or a city inspector.</summary>
    public static ClaimsPrincipal CityStaff { get; } = new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "0195f000-0000-7000-8000-000000000001"),
            new Claim(ClaimTypes.Name, "bench.city"),
            new Claim(ShianClaims.DisplayName, "基准测试（市局）"),
            new Claim(ShianClaims.Jurisdiction, "440700"),
            new Claim(ClaimTypes.Role, Roles.Leader),
        ],
        authenticationType: "Benchmark"));

    /// <summary>
    /// Runs <paramref name="work"/> in a fresh DI scope as <paramref name="user"/>, the way a request would:
    /// the platform reads the caller from the HTTP context.
    /// </summary>
    public async Task<T> AsAsync<T>(ClaimsPrincipal user, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext { User = user, RequestServices = scope.ServiceProvider };
        try
        {
            return await work(scope.ServiceProvider);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    /// <summary>Creates an API key (as the system, like the admin API would store it) and returns its secret.</summary>
    public async Task<string> CreateApiKeyAsync(string scopes, string jurisdictionCode)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        var (secret, prefix, hash) = ApiKeySecret.Create();
        db.Add(new ApiKey
        {
            Name = "benchmark",
            Prefix = prefix,
            SecretHash = hash,
            Scopes = scopes,
            JurisdictionCode = jurisdictionCode,
            CreatedAt = DateTimeOffset.UtcNow,
            CreatedBy = "benchmark",
        });
        await db.SaveChangesAsync();
        return secret;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The factory looks for its manifest in the current directory; `dotnet run` starts in the repository root.
        builder.UseContentRoot(Path.Combine(Repo.Root, "src", "Shian"));
        builder.UseEnvironment("Benchmark");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Shian", connectionString);
        builder.UseSetting("DemoData:Enabled", "false");
        builder.UseSetting("Security:AllowDemoSecrets", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");

        // No scheduled jobs, as in the tests: on a fresh copy of a data set every job is due, and the daily
        // riskgrading.grade_operators job would run the annual re-grade of all 60,000 operators in the background,
        // writing to the same SQLite file while a scenario measures.
        builder.UseSetting("Jobs:Enabled", "false");
        builder.ConfigureTestServices(services =>
        {
            // The app's default ConsoleLifetime turns SIGTERM/SIGINT into "stop the host": the in-process app stopped
            // and disposed its services while the scenario kept calling it, and the run died later with
            // ObjectDisposedException ('IServiceProvider') in whatever scenario step came next (seen in PlanAllAsync
            // when a time limit sent SIGTERM). Without it, a signal ends the benchmark process at once.
            services.AddSingleton<IHostLifetime, SignalsEndTheProcess>();

            if (!auditLedger)
            {
                var ledger = services.Single(s => s.ServiceType == typeof(ISaveChangesHook) && s.ImplementationType == typeof(AuditLedgerHook));
                services.Remove(ledger);
            }

            services.AddSingleton<IStartupFilter, HelloEndpoint>();
        });
    }

    /// <summary>A host lifetime that registers no signal handlers, so SIGTERM/SIGINT keep their default action.</summary>
    private sealed class SignalsEndTheProcess : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class HelloEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map(HelloPath, hello => hello.Run(http =>
            {
                http.Response.ContentType = "text/plain";
                return http.Response.WriteAsync("hello");
            }));
            next(app);
        };
    }
}
