using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Shian.Benchmarks.Infrastructure;

/// <summary>
/// wrk (apt, /usr/bin/wrk) against a loopback URL, bounded in time, with latency percentiles. A Lua script
/// rotates through a list of paths so that one run covers a whole query mix.
/// </summary>
internal static partial class Wrk
{
    public const string Executable = "/usr/bin/wrk";

    public static bool IsInstalled => File.Exists(Executable);

    public static async Task<WrkResult> RunAsync(
        string baseUrl, IReadOnlyList<string> paths, int seconds, IReadOnlyDictionary<string, string>? headers = null, int threads = 2, int connections = 20)
    {
        if (!baseUrl.StartsWith("http://127.0.0.1:", StringComparison.Ordinal))
        {
            throw new ArgumentException("Load tests run against 127.0.0.1 only.", nameof(baseUrl));
        }

        var script = Path.Combine(Path.GetTempPath(), $"shian-bench-wrk-{Environment.ProcessId}.lua");
        await File.WriteAllTextAsync(script, LuaScript(paths));
        try
        {
            var info = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { $"-t{threads}", $"-c{connections}", $"-d{seconds}s", "--timeout", "5s", "--latency", "-s", script })
            {
                info.ArgumentList.Add(argument);
            }

            foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            {
                info.ArgumentList.Add("-H");
                info.ArgumentList.Add($"{name}: {value}");
            }

            info.ArgumentList.Add(baseUrl);
            using var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start wrk.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(seconds + 30));
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
                throw new TimeoutException("wrk did not finish in time.");
            }

            var text = await output + await error;
            return Parse(text);
        }
        finally
        {
            File.Delete(script);
        }
    }

    private static string LuaScript(IReadOnlyList<string> paths)
    {
        var list = string.Join(",\n  ", paths.Select(p => "\"" + p.Replace("\"", "\\\"", StringComparison.Ordinal) + "\""));
        return $$"""
            local paths = {
              {{list}}
            }
            local i = 0
            request = function()
              i = i + 1
              return wrk.format("GET", paths[(i % #paths) + 1])
            end
            """;
    }

    private static WrkResult Parse(string text)
    {
        var rps = RequestsPerSecond().Match(text);
        if (!rps.Success)
        {
            throw new InvalidOperationException("Unexpected wrk output:\n" + text);
        }

        double Latency(string percent)
        {
            var match = Regex.Match(text, $@"^\s+{percent}%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline);
            if (!match.Success)
            {
                return double.NaN;
            }

            var value = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            return match.Groups[2].Value switch { "us" => value / 1000, "s" => value * 1000, _ => value };
        }

        var non2xx = Non2xx().Match(text);
        var socket = SocketErrors().Match(text);
        var requests = RequestCount().Match(text);
        return new WrkResult(
            double.Parse(rps.Groups[1].Value, CultureInfo.InvariantCulture),
            requests.Success ? long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            Latency("50"),
            Latency("99"),
            non2xx.Success ? long.Parse(non2xx.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            socket.Success ? socket.Value.Trim() : null);
    }

    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"(\d+) requests in")]
    private static partial Regex RequestCount();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors:.*")]
    private static partial Regex SocketErrors();
}

internal sealed record WrkResult(double RequestsPerSecond, long Requests, double P50Ms, double P99Ms, long Non2xx, string? SocketErrors)
{
    public override string ToString() => Report.Format(
        $"{RequestsPerSecond,8:F0} req/s  ({Requests:N0} requests, p50 {P50Ms:F1} ms, p99 {P99Ms:F1} ms{(Non2xx > 0 ? $", {Non2xx} non-2xx" : "")}{(SocketErrors is null ? "" : ", " + SocketErrors)})");
}
