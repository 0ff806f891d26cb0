using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
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
    public static readonly string? PostgresServer = Environment.GetEnvironmentVariable("SHIAN_TEST_POSTGRES");

    private readonly string _databaseName = "shian_test_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _sqlitePath = Path.Combine(Path.GetTempPath(), $"shian-test-{Guid.NewGuid():N}.db");

    public static bool IsPostgres => !string.IsNullOrWhiteSpace(PostgresServer);

    public string ConnectionString => IsPostgres
        ? new NpgsqlConnectionStringBuilder(PostgresServer) { Database = _databaseName }.ConnectionString
        : $"Data Source={_sqlitePath}";

    public async ValueTask InitializeAsync()
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

        GC.SuppressFinalize(this);
    }

    /// <summary>A client signed in as one of <see cref="TestUsers"/> (cookie kept by the client).</summary>
    public async Task<HttpClient> ClientAsAsync(string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await client.PostAsJsonAsync("/api/v1/account/login", new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        return client;
    }

    public HttpClient AnonymousClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", IsPostgres ? "Postgres" : "Sqlite");
        builder.UseSetting("ConnectionStrings:Shian", ConnectionString);
        builder.UseSetting("DemoData:Enabled", "false");
        builder.UseSetting("RateLimits:AnonymousPerMinute", "100000");
    }
}
