using System.Diagnostics;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Shian.Benchmarks.Infrastructure;
using Shian.Modules.Operators.Domain;
using Shian.Modules.Operators.Features.SearchOperators;
using Shian.Shared.Persistence;

namespace Shian.Benchmarks.Scenarios;

/// <summary>
/// Operator search on the 'city' data set (60,000 operators). Part 1, in process: the OperatorSearch service
/// of the running app, called as a city-level staff member in a fresh scope per call, for the query mix;
/// median and p99 per query class against the same page read without any filter, all interleaved in
/// shuffled rounds. Part 2, over HTTP: wrk on 127.0.0.1 against GET /api/v1/operators with an API key,
/// against a static hello endpoint of the same process as the ceiling. A Stopwatch harness rather than
/// BenchmarkDotNet: each call is milliseconds of database work on a 200 MB file, and the interesting
/// figure is the tail (p99) over a realistic mix, not a per-method mean.
/// </summary>
internal static class SearchScenario
{
    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var rounds = options.Int("--rounds", 40);
        var cached = await DataSets.EnsureAsync(options, "city");
        var database = DataSets.WorkingCopy(cached, "search");
        try
        {
            if (options.Value("--prepare-sql") is { } sql)
            {
                await DataSets.ExecuteAsync(database, sql);
            }

            var port = Loopback.FreePort();
            await using var host = new BenchHost(DataSets.ConnectionString(database));
            host.UseKestrel(k => k.Listen(IPAddress.Loopback, port));
            host.StartServer();

            await InProcessAsync(host, rounds, report);
            if (options.Flag("--skip-wrk"))
            {
                Console.WriteLine("wrk part skipped (--skip-wrk).");
            }
            else if (!Wrk.IsInstalled)
            {
                Console.WriteLine($"wrk part skipped: {Wrk.Executable} not found (apt-get install wrk).");
            }
            else
            {
                await OverHttpAsync(host, Loopback.Url(port), options.Int("--wrk-seconds", 10), options.Int("--wrk-rounds", 2), report);
            }
        }
        finally
        {
            DataSets.Delete(database);
        }
    }

    private static async Task InProcessAsync(BenchHost host, int rounds, Report report)
    {
        var operators = await host.AsAsync(BenchHost.CityStaff, sp => sp.GetRequiredService<ShianDbContext>().Set<Operator>().CountAsync());
        Console.WriteLine($"In process: {operators:N0} operators visible to a city-level caller; {rounds} rounds over {QueryMix.All.Count} queries + baseline, shuffled.");

        var queries = QueryMix.All.Append(QueryMix.Unfiltered).ToList();
        var samples = queries.ToDictionary(q => q, _ => new List<double>());
        var hits = new Dictionary<SearchQuery, int>();
        var countSamples = new List<double>();

        // Warm-up: compile every query shape and fill the page cache.
        foreach (var query in queries)
        {
            for (var i = 0; i < 3; i++)
            {
                hits[query] = (await SearchAsync(host, query)).Hits;
            }
        }

        var random = new Random(440700);
        for (var round = 0; round < rounds; round++)
        {
            foreach (var query in queries.OrderBy(_ => random.Next()))
            {
                samples[query].Add((await SearchAsync(host, query)).Ms);
            }

            var clock = Stopwatch.StartNew();
            await host.AsAsync(BenchHost.CityStaff, sp => sp.GetRequiredService<ShianDbContext>().Set<Operator>().CountAsync());
            countSamples.Add(clock.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine();
        Console.WriteLine($"  {"class",-12} {"query",-28} {"hits",7} {"median",10} {"p99",10}");
        foreach (var query in queries)
        {
            Console.WriteLine($"  {query.Class,-12} {query.Label,-28} {hits[query],7:N0} {Report.Ms(Stats.Median(samples[query])),10} {Report.Ms(Stats.Percentile(samples[query], 99)),10}");
        }

        Console.WriteLine($"  {"reference",-12} {"SELECT COUNT(*) (scoped)",-28} {operators,7:N0} {Report.Ms(Stats.Median(countSamples)),10} {Report.Ms(Stats.Percentile(countSamples, 99)),10}");
        Console.WriteLine();

        var baseline = samples[QueryMix.Unfiltered];
        var baselineText = $"same page, no filter: {Report.Ms(Stats.Median(baseline))}, p99 {Report.Ms(Stats.Percentile(baseline, 99))}";
        foreach (var name in QueryMix.ClassNames)
        {
            var pooled = QueryMix.All.Where(q => q.Class == name).SelectMany(q => samples[q]).ToList();
            report.Add($"search in-process, {name} (city, {operators:N0} operators, page of 20 + total)",
                $"median {Report.Ms(Stats.Median(pooled))}, p99 {Report.Ms(Stats.Percentile(pooled, 99))}", baselineText,
                Stats.Median(pooled) / Stats.Median(baseline));
        }

        var all = QueryMix.All.SelectMany(q => samples[q]).ToList();
        report.Add($"search in-process, whole mix ({QueryMix.All.Count} queries × {rounds} rounds)",
            $"median {Report.Ms(Stats.Median(all))}, p99 {Report.Ms(Stats.Percentile(all, 99))}", baselineText,
            Stats.Median(all) / Stats.Median(baseline));
    }

    private static async Task<(double Ms, int Hits)> SearchAsync(BenchHost host, SearchQuery query)
    {
        var request = new OperatorSearchRequest(Q: query.Text, Jurisdiction: query.Town);
        var clock = Stopwatch.StartNew();
        var page = await host.AsAsync(BenchHost.CityStaff, sp => sp.GetRequiredService<OperatorSearch>().SearchAsync(request, default));
        return (clock.Elapsed.TotalMilliseconds, page.TotalCount);
    }

    private static async Task OverHttpAsync(BenchHost host, string url, int seconds, int rounds, Report report)
    {
        var apiKey = await host.CreateApiKeyAsync("operators:read", "440700");
        var headers = new Dictionary<string, string> { ["X-Api-Key"] = apiKey };
        using (var http = new HttpClient { BaseAddress = new Uri(url) })
        {
            foreach (var path in QueryMix.ApiPaths.Append(BenchHost.HelloPath).Append("/health/live"))
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                request.Headers.Add("X-Api-Key", apiKey);
                using var response = await http.SendAsync(request);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }
            }
        }

        Console.WriteLine($"Over HTTP: wrk -t2 -c20 -d{seconds}s on {url}, {rounds} interleaved rounds per target (after a short warm-up).");
        await Wrk.RunAsync(url, QueryMix.ApiPaths, 3, headers);
        await Wrk.RunAsync(url, [BenchHost.HelloPath], 2);
        var targets = new (string Name, IReadOnlyList<string> Paths, IReadOnlyDictionary<string, string>? Headers)[]
        {
            ("hello (static, ahead of all middleware)", [BenchHost.HelloPath], null),
            ("/health/live (full middleware, no database)", ["/health/live"], null),
            ("search API (query mix, API key)", QueryMix.ApiPaths, headers),
        };
        var results = targets.ToDictionary(t => t.Name, _ => new List<WrkResult>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var target in targets)
            {
                var result = await Wrk.RunAsync(url, target.Paths, seconds, target.Headers);
                results[target.Name].Add(result);
                Console.WriteLine($"  round {round + 1} {target.Name,-46} {result}");
            }
        }

        var hello = results[targets[0].Name];
        var helloRps = Stats.Median(hello.Select(r => r.RequestsPerSecond).ToList());
        var helloText = Report.Format($"static hello, same process: {helloRps:N0} req/s");
        foreach (var target in targets.Skip(1))
        {
            var runs = results[target.Name];
            var rps = Stats.Median(runs.Select(r => r.RequestsPerSecond).ToList());
            var errors = runs.Sum(r => r.Non2xx);
            report.Add($"HTTP {target.Name}: wrk -t2 -c20 -d{seconds}s, median of {rounds}",
                Report.Format($"{rps:N0} req/s (p50 {Stats.Median(runs.Select(r => r.P50Ms).ToList()):F1} ms, p99 {Stats.Median(runs.Select(r => r.P99Ms).ToList()):F1} ms{(errors > 0 ? $", {errors} non-2xx" : "")})"),
                helloText, rps / helloRps, Report.Format($"{rps / helloRps:F3} of ceiling"));
        }
    }
}
