using System.Diagnostics;

namespace Shian.Tests.Hosting;

/// <summary>
/// Issue 11, finding 10: the guard fired only for an environment named exactly <c>Production</c> (<c>Staging</c>
/// started with the demo secrets), and its refusal was an unhandled exception: a stack trace and exit code 134.
/// These start the built app as a process, as an operator would, and expect one clear line and exit code 1.
/// </summary>
public sealed class ProductionGuardTests
{
    [Theory]
    [InlineData("Staging")]
    [InlineData("Production")]
    [InlineData("production-eu")]
    public async Task Any_environment_but_development_refuses_the_published_secrets_with_one_line_and_exit_code_1(string environment)
    {
        var (exitCode, stderr) = await RunAppAsync(environment, ("DemoData__Enabled", "true"));

        exitCode.ShouldBe(1, stderr);
        var line = stderr.Trim().ShouldHaveSingleItemLine();
        line.ShouldContain($"refuses to start in {environment}");
        line.ShouldContain("DemoData:Enabled");
        line.ShouldContain("Security:BlindIndex:Key");
        stderr.ShouldNotContain("   at ");
        stderr.ShouldNotContain("Unhandled exception");
    }

    [Fact]
    public async Task Production_ignores_the_harness_switch_that_allows_demo_secrets()
    {
        var (exitCode, stderr) = await RunAppAsync("Production", ("Security__AllowDemoSecrets", "true"));

        exitCode.ShouldBe(1, stderr);
        stderr.ShouldContain("Security:BlindIndex:Key");
    }

    private static async Task<(int ExitCode, string Stderr)> RunAppAsync(string environment, params (string Name, string Value)[] settings)
    {
        var database = Path.Combine(Path.GetTempPath(), $"shian-guard-{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Shian.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["DOTNET_ENVIRONMENT"] = environment;
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Shian"] = $"Data Source={database}";
        start.Environment["Jobs__Enabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
            var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
            timeout.CancelAfter(TimeSpan.FromMinutes(2));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"The app started instead of refusing: {await stdout}");
            }

            return (process.ExitCode, await stderr);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(database + suffix);
            }
        }
    }
}

internal static class LineAssertions
{
    public static string ShouldHaveSingleItemLine(this string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ShouldHaveSingleItem();
}
