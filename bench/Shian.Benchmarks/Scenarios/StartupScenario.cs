using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Shian.Benchmarks.Infrastructure;

namespace Shian.Benchmarks.Scenarios;

/// <summary>
/// Shian as a separate process (<c>dotnet src/Shian/bin/Release/net10.0/Shian.dll</c>, Release build, on a
/// copy of the 'small' data set): time from process start to the first 200 on /health/ready, and VmRSS right
/// then and after 1,000 authenticated operator searches. Baseline: <see cref="HelloServer"/>, started and
/// measured the same way, alternating with Shian so that load on the shared machine hits both alike.
/// A plain Stopwatch harness: a process start is one long event, not a micro operation.
/// </summary>
internal static class StartupScenario
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var runs = options.Int("--runs", 7);
        var requests = options.Int("--requests", 1000);
        var cached = await DataSets.EnsureAsync(options, "small");
        var database = DataSets.WorkingCopy(cached, "startup");
        try
        {
            string apiKey;
            await using (var setup = new BenchHost(DataSets.ConnectionString(database)))
            {
                apiKey = await setup.CreateApiKeyAsync("operators:read", "440700");
            }

            SqliteConnection.ClearAllPools();
            var environment = new Dictionary<string, string>(DataSets.QuietEnvironment) { ["ConnectionStrings__Shian"] = DataSets.ConnectionString(database) };
            var shianDll = Path.GetFullPath(options.Value("--shian-dll") ?? Repo.ShianDll);
            var shian = new App("Shian", [shianDll], environment);
            var hello = new App("hello", [Repo.HarnessDll, HelloServer.Scenario], environment);
            var paths = QueryMix.ApiPaths;

            Console.WriteLine($"Shian: dotnet {shianDll}");
            Console.WriteLine($"{runs} measured starts per app (+1 warm-up each), {requests:N0} requests after each start, alternating.");
            await MeasureAsync(shian, apiKey, paths, requests);
            await MeasureAsync(hello, apiKey, paths, requests);
            var samples = new Dictionary<App, List<Sample>> { [shian] = [], [hello] = [] };
            for (var run = 0; run < runs; run++)
            {
                foreach (var app in run % 2 == 0 ? new[] { shian, hello } : [hello, shian])
                {
                    var sample = await MeasureAsync(app, apiKey, paths, requests);
                    samples[app].Add(sample);
                    Console.WriteLine($"  run {run + 1,2} {app.Name,-6} ready {sample.ReadyMs,6:F0} ms (CPU {sample.CpuMs,5:F0} ms)   RSS {Report.MiB(sample.RssAtReady),8} → {Report.MiB(sample.RssAfterRequests),8} after {requests:N0} requests ({sample.RequestsMs:F0} ms)");
                }
            }

            Summarise(report, samples[shian], samples[hello], requests, runs);
        }
        finally
        {
            DataSets.Delete(database);
        }
    }

    private static void Summarise(Report report, List<Sample> shian, List<Sample> hello, int requests, int runs)
    {
        static string Range(IReadOnlyCollection<double> values, Func<double, string> format) =>
            $"{format(Stats.Median(values))} (range {format(values.Min())}–{format(values.Max())})";

        var shianReady = shian.Select(s => s.ReadyMs).ToList();
        var helloReady = hello.Select(s => s.ReadyMs).ToList();
        report.Add($"startup: process start → first 200 on /health/ready, median of {runs}",
            Range(shianReady, Report.Ms), "bare ASP.NET Core app: " + Range(helloReady, Report.Ms),
            Stats.Median(shianReady) / Stats.Median(helloReady));

        var shianCpu = shian.Select(s => s.CpuMs).ToList();
        var helloCpu = hello.Select(s => s.CpuMs).ToList();
        report.Add($"startup: CPU time (user + system) used until ready, median of {runs}",
            Range(shianCpu, Report.Ms), "bare app: " + Range(helloCpu, Report.Ms), Stats.Median(shianCpu) / Stats.Median(helloCpu));

        var shianRss = shian.Select(s => (double)s.RssAtReady).ToList();
        var helloRss = hello.Select(s => (double)s.RssAtReady).ToList();
        report.Add("startup: resident memory (VmRSS) when ready, median",
            Report.MiB(Stats.Median(shianRss)), "bare app: " + Report.MiB(Stats.Median(helloRss)), Stats.Median(shianRss) / Stats.Median(helloRss));

        var shianAfter = shian.Select(s => (double)s.RssAfterRequests).ToList();
        var helloAfter = hello.Select(s => (double)s.RssAfterRequests).ToList();
        report.Add($"startup: VmRSS after {requests:N0} requests (Shian: API-key operator searches, small data set), median",
            Report.MiB(Stats.Median(shianAfter)), "bare app, same requests: " + Report.MiB(Stats.Median(helloAfter)),
            Stats.Median(shianAfter) / Stats.Median(helloAfter));
    }

    private static async Task<Sample> MeasureAsync(App app, string apiKey, IReadOnlyList<string> paths, int requests)
    {
        var port = Loopback.FreePort();
        var url = Loopback.Url(port);
        var clock = Stopwatch.StartNew();
        using var child = ChildProcess.Start("dotnet", [.. app.Arguments, "--urls", url], app.Environment, Path.GetDirectoryName(app.Arguments[0])!);
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
        while (true)
        {
            if (child.HasExited)
            {
                throw new InvalidOperationException($"{app.Name} exited before it was ready:\n{child.Tail}");
            }

            if (clock.Elapsed > StartLimit)
            {
                throw new TimeoutException($"{app.Name} was not ready within {StartLimit.TotalSeconds} s:\n{child.Tail}");
            }

            try
            {
                using var probe = await http.GetAsync("/health/ready");
                if (probe.StatusCode == HttpStatusCode.OK)
                {
                    break;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(5);
        }

        var readyMs = clock.Elapsed.TotalMilliseconds;
        var cpuMs = child.CpuMilliseconds();
        var rssAtReady = child.ResidentBytes();
        http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        var work = Stopwatch.StartNew();
        for (var i = 0; i < requests; i++)
        {
            using var response = await http.GetAsync(paths[i % paths.Count]);
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{app.Name}: {(int)response.StatusCode} for {paths[i % paths.Count]}:\n{await response.Content.ReadAsStringAsync()}");
            }

            await response.Content.ReadAsByteArrayAsync();
        }

        var requestsMs = work.Elapsed.TotalMilliseconds;
        var rssAfter = child.ResidentBytes();
        await child.StopAsync();
        return new Sample(readyMs, cpuMs, rssAtReady, rssAfter, requestsMs);
    }

    private sealed record App(string Name, string[] Arguments, IReadOnlyDictionary<string, string> Environment);

    private sealed record Sample(double ReadyMs, double CpuMs, long RssAtReady, long RssAfterRequests, double RequestsMs);
}
