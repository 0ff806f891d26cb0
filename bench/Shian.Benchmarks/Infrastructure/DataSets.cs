using System.Diagnostics;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Shian.Hosting.DemoData;
using Shian.Shared.Persistence;

namespace Shian.Benchmarks.Infrastructure;

/// <summary>
/// Seeded SQLite files, made once with the app's own <c>seed --scale …</c> command and kept in a cache folder
/// (keyed by scale, seed and newest migration). Scenarios work on copies, so the cached file stays pristine.
/// </summary>
internal static class DataSets
{
    public static readonly IReadOnlyDictionary<string, string> QuietEnvironment = new Dictionary<string, string>
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Benchmark",
        ["DOTNET_ENVIRONMENT"] = "Benchmark",
        ["Logging__LogLevel__Default"] = "Warning",
        ["DemoData__Enabled"] = "false",
        ["Security__AllowDemoSecrets"] = "true", // seeded demo data sets on purpose; the start-up guard allows it outside Production
    };

    private static readonly string[] SqliteSuffixes = ["", "-wal", "-shm"];

    public static string CacheDirectory(BenchOptions options) =>
        options.Value("--cache") ?? Environment.GetEnvironmentVariable("SHIAN_BENCH_CACHE") ?? Path.Combine(Path.GetTempPath(), "shian-bench");

    /// <summary>The newest SQLite migration: a schema change invalidates the cached files.</summary>
    public static string SchemaTag { get; } = typeof(SqliteShianDbContext).Assembly.GetTypes()
        .Where(t => t.GetCustomAttribute<DbContextAttribute>()?.ContextType == typeof(SqliteShianDbContext))
        .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id)
        .OfType<string>()
        .Max() ?? "none";

    public static string ConnectionString(string path) => $"Data Source={path}";

    public static async Task<string> EnsureAsync(BenchOptions options, string scale)
    {
        var directory = CacheDirectory(options);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{scale}-seed{DemoDataOptions.DefaultSeed}-{SchemaTag}.db");
        if (File.Exists(path) && !options.Flag("--reseed"))
        {
            Console.WriteLine($"Data set '{scale}': cached at {path}");
            return path;
        }

        var partial = path + ".partial";
        Delete(partial);
        Delete(path);
        Console.WriteLine($"Data set '{scale}': seeding once into {directory} with `dotnet Shian.dll seed --scale {scale}` ...");
        var clock = Stopwatch.StartNew();
        var environment = new Dictionary<string, string>(QuietEnvironment) { ["ConnectionStrings__Shian"] = ConnectionString(partial) };
        var exit = await ChildProcess.RunInteractiveAsync("dotnet", [Repo.ShianDll, "seed", "--scale", scale], environment, Path.GetDirectoryName(Repo.ShianDll)!);
        if (exit != 0)
        {
            throw new InvalidOperationException($"Seeding the '{scale}' data set failed (exit code {exit}).");
        }

        foreach (var suffix in SqliteSuffixes.Where(s => File.Exists(partial + s)))
        {
            File.Move(partial + suffix, path + suffix, overwrite: true);
        }

        Console.WriteLine($"Data set '{scale}': seeded in {clock.Elapsed.TotalSeconds:F0} s, {new FileInfo(path).Length / 1024 / 1024} MiB.");
        return path;
    }

    /// <summary>A private copy of a cached data set for one scenario; delete it with <see cref="Delete"/>.</summary>
    public static string WorkingCopy(string cachedPath, string name)
    {
        var directory = Path.Combine(Path.GetDirectoryName(cachedPath)!, "work");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"{name}-{Environment.ProcessId}.db");
        Delete(path);
        foreach (var suffix in SqliteSuffixes.Where(s => File.Exists(cachedPath + s)))
        {
            File.Copy(cachedPath + suffix, path + suffix);
        }

        return path;
    }

    /// <summary>
    /// Runs SQL on a working copy before a scenario starts, e.g. to put back an old index for a before/after
    /// comparison (<c>--prepare-sql</c>). Never on the cached file.
    /// </summary>
    public static async Task ExecuteAsync(string workingCopy, string sql)
    {
        Console.WriteLine($"Preparing the working copy: {sql}");
        await using var connection = new SqliteConnection(ConnectionString(workingCopy));
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in SqliteSuffixes)
        {
            File.Delete(path + suffix);
        }
    }
}
