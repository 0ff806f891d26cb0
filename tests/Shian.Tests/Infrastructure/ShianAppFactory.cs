using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Shian.Shared.Security;

namespace Shian.Tests.Infrastructure;

/// <summary>
/// The whole platform in-process on a database of its own: a fresh SQLite file, or, when
/// <c>SHIAN_TEST_POSTGRES</c> holds a server connection string, a fresh PostgreSQL database that is dropped
/// afterwards. Reference data is seeded by the app's own start-up; test users are added here.
/// </summary>
public class ShianAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test@Pass2026";
    private static readonly string TestBlindIndexKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
    public static readonly string? PostgresServer = Environment.GetEnvironmentVariable("SHIAN_TEST_POSTGRES");

    private readonly ConcurrentDictionary<string, Task<IReadOnlyList<(string Name, string Value)>>> _sessionCookies = new();
    private readonly string _databaseName = "shian_test_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _sqlitePath = Path.Combine(Path.GetTempPath(), $"shian-test-{Guid.NewGuid():N}.db");

    /// <summary>The key that signs the ledger's checkpoints in tests (configuration, as in production, never the database).</summary>
    public const string CheckpointKeyId = "test-1";
    public const string CheckpointKey = "dGVzdC1jaGVja3BvaW50LWtleS0wMDEtMzItYnl0ZXMtbG9uZw==";

    /// <summary>This app's append-only checkpoint file (outside its database).</summary>
    public string CheckpointFile { get; } = Path.Combine(Path.GetTempPath(), $"shian-test-{Guid.NewGuid():N}.checkpoints.jsonl");

    /// <summary>
    /// Errors the app logged (unhandled exceptions behind a 500, failed start-up tasks). Set <c>SHIAN_TEST_ERROR_LOG</c>
    /// to a file path to have them written there as well, with their stack traces.
    /// </summary>
    public ServerErrorLog ServerErrors { get; } = new();

    /// <summary>The app's clock: real time unless a test moves it (<see cref="TestClock.Travel"/>).</summary>
    public TestClock Clock { get; } = new();

    public static bool IsPostgres => !string.IsNullOrWhiteSpace(PostgresServer);

    public string ConnectionString => IsPostgres
        ? new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _databaseName }.ConnectionString
        : $"Data Source={_sqlitePath}";

    public virtual async ValueTask InitializeAsync()
    {
        if (IsPostgres)
        {
            await using var admin = new NpgsqlConnection(PostgresServer);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_databaseName}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        // Touching Services builds and starts the host, which migrates and seeds reference data.
        using var scope = Services.CreateScope();
        await TestUsers.CreateAllAsync(scope.ServiceProvider.GetRequiredService<UserManager<ShianUser>>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (IsPostgres)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresServer);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_sqlitePath + suffix);
            }
        }

        File.Delete(CheckpointFile);

        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// A client signed in as one of <see cref="TestUsers"/>, keeping cookies like a browser (antiforgery for page
    /// forms). Each user signs in through the API once per app, since password checks are deliberately slow; later
    /// clients start with the same session cookie.
    /// </summary>
    public async Task<HttpClient> ClientAsAsync(string userName)
    {
        var session = await _sessionCookies.GetOrAdd(userName, SignInAsync);
        var cookies = new CookieContainer();
        foreach (var cookie in session)
        {
            cookies.Add(ClientOptions.BaseAddress, new Cookie(cookie.Name, cookie.Value));
        }

        return CreateDefaultClient(ClientOptions.BaseAddress, new CookieContainerHandler(cookies));
    }

    private async Task<IReadOnlyList<(string Name, string Value)>> SignInAsync(string userName)
    {
        using var client = CreateClient(Options(handleCookies: false));
        using var response = await client.PostAsJsonAsync("/api/v1/account/login", new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        var cookies = response.Headers.GetValues("Set-Cookie")
            .Select(c => c.Split(';')[0].Split('=', 2))
            .Select(parts => (Name: parts[0], Value: parts[1]))
            .ToList();
        cookies.ShouldContain(c => c.Name.StartsWith("shian.auth", StringComparison.Ordinal));
        return cookies;
    }

    public HttpClient AnonymousClient() => CreateClient(Options(handleCookies: true));

    private WebApplicationFactoryClientOptions Options(bool handleCookies) =>
        new() { AllowAutoRedirect = false, HandleCookies = handleCookies, BaseAddress = ClientOptions.BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", IsPostgres ? "Postgres" : "Sqlite");
        builder.UseSetting("ConnectionStrings:Shian", ConnectionString);
        builder.UseSetting("DemoData:Enabled", "false");
        builder.UseSetting("Jobs:Enabled", "false"); // tests run jobs by name, when they choose
        builder.UseSetting("RateLimits:AnonymousPerMinute", "100000");
        builder.UseSetting("Audit:Checkpoints:File", CheckpointFile);
        builder.UseSetting($"Audit:Checkpoints:Keys:{CheckpointKeyId}", CheckpointKey);
        builder.UseSetting("RateLimits:PublicFormsPerMinute", "100000");
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");
        // Outside Development the app refuses the published blind-index key (ProductionGuard); tests use their own.
        builder.UseSetting("Security:BlindIndex:Key", TestBlindIndexKey);
        builder.ConfigureLogging(logging => logging.AddProvider(ServerErrors));

        // Production hashes passwords with 100,000 PBKDF2 iterations (about half a second here on a busy core);
        // tests create and sign in many users, and the hash's strength is not what they test.
        builder.ConfigureServices(services => services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000));
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
