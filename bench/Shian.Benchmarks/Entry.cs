using System.Globalization;
using Shian.Benchmarks.Infrastructure;
using Shian.Benchmarks.Scenarios;

namespace Shian.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Shian.Benchmarks -- &lt;scenario&gt; [options]</c>. Each scenario prints
/// its figures next to a baseline measured in the same run, and the run ends with a markdown table for
/// docs/benchmarks.md. Not a top-level program: the app's own <c>Program</c> class must stay unambiguous.
/// </summary>
internal static class Entry
{
    private const string Usage = """
        Usage: dotnet run -c Release --project bench/Shian.Benchmarks -- <scenario> [options]

        Scenarios
          startup      Shian as a separate process on the 'small' data set: time to first 200 on /health/ready,
                       resident memory after start and after 1,000 requests; baseline: a bare ASP.NET Core app.
          search       Operator search on the 'city' data set (60,000 operators): in-process median/p99 per query
                       class vs. the same page read without a filter; then wrk req/s vs. a static hello endpoint.
          audit        Operator edits/s with the audit ledger on vs. off (SQLite); chain verification entries/s
                       vs. reading the same entries without hashing.
          ledger-hash  BenchmarkDotNet micro benchmark: one ledger hash vs. SHA-256 of the same bytes.
          random-draw  双随机 commit and draw over the 'city' pool (5% of ≈60,000 operators; also limited to risk
                       grades, --draw-grades) vs. streaming the pool.
          licensing    Instant approval on the 'city' data set: decision latency median/p99 and concurrent
                       applications/s vs. the same save and issue without rule evaluation.
          riskgrading  Re-grade all operators of the 'city' data set, the annual re-grade, and the annual plans of
                       every district; baseline: reading the same data with the same queries, no scoring.
          all          All of the above, in that order.

        Options
          --runs N          startup: measured starts per app (default 7, plus one discarded warm-up start)
          --requests N      startup: requests before the second memory reading (default 1000)
          --shian-dll PATH  startup: another build of the app, e.g. a ReadyToRun publish (default: src/Shian/bin/Release)
          --rounds N        search: rounds over the query mix (default 40)
          --wrk-seconds S   search: seconds per wrk run (default 10)
          --wrk-rounds N    search: wrk runs per target, interleaved (default 2)
          --skip-wrk        search: in-process part only
          --prepare-sql SQL search: run SQL on the working copy first (before/after comparisons of an index)
          --edits N         audit: edits per mode, in blocks of 25 alternating ledger on/off (default 1200)
          --verify-runs N   audit: chain verifications (default 5)
          --draw-rounds N   random-draw: measured rounds (default 5, plus one warm-up)
          --applications N  licensing: applications per mode, sequential and concurrent each (default 200)
          --concurrency N   licensing: concurrent submitters (default 8)
          --draw-scale S    random-draw: data set (default city; small for a quick check)
          --draw-grades G   random-draw: risk grades of the filtered task (default B,C,D; the seeded city has A and B only)
          --grading-runs N  riskgrading: measured runs of the re-grade and of the plans (default 3)
          --grading-scale S riskgrading: data set (default city; small for a quick check)
          --grading-parts P riskgrading: comma-separated subset of regrade,annual,plans (default all three)
          --reseed          rebuild the cached data sets
          --cache DIR       where seeded data sets are kept (default: $TMPDIR/shian-bench)
          --out FILE        also write the results table (markdown) to FILE
        """;

    public static async Task<int> Main(string[] args)
    {
        var options = new BenchOptions(args);
        if (options.Scenario == HelloServer.Scenario)
        {
            await HelloServer.RunAsync(args);
            return 0;
        }

        if (options.Scenario is null or "help" or "--help" or "-h")
        {
            Console.WriteLine(Usage);
            return options.Scenario is null ? 1 : 0;
        }

        var scenarios = options.Scenario == "all" ? ["startup", "search", "audit", "ledger-hash", "random-draw", "licensing", "riskgrading"] : new[] { options.Scenario };
        if (scenarios.Any(s => s is not ("startup" or "search" or "audit" or "ledger-hash" or "random-draw" or "licensing" or "riskgrading")))
        {
            Console.Error.WriteLine($"Unknown scenario '{options.Scenario}'.");
            Console.WriteLine(Usage);
            return 1;
        }

        if (!Repo.IsRelease)
        {
            Console.Error.WriteLine("Benchmarks must run from a Release build: dotnet run -c Release --project bench/Shian.Benchmarks -- ...");
            return 1;
        }

        var report = new Report(options, MachineInfo.Describe());
        Console.WriteLine($"食安 Shian benchmarks: {string.Join(", ", scenarios)}");
        Console.WriteLine($"Machine: {report.Machine}");
        Console.WriteLine($"Load average at start: {MachineInfo.LoadAverage()}");
        foreach (var scenario in scenarios)
        {
            Console.WriteLine();
            Console.WriteLine($"=== {scenario} === ({DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)})");
            switch (scenario)
            {
                case "startup":
                    await StartupScenario.RunAsync(options, report);
                    break;
                case "search":
                    await SearchScenario.RunAsync(options, report);
                    break;
                case "audit":
                    await AuditScenario.RunAsync(options, report);
                    break;
                case "random-draw":
                    await RandomDrawScenario.RunAsync(options, report);
                    break;
                case "licensing":
                    await LicensingScenario.RunAsync(options, report);
                    break;
                case "riskgrading":
                    await RiskGradingScenario.RunAsync(options, report);
                    break;
                default:
                    LedgerHashScenario.Run(report);
                    break;
            }
        }

        Console.WriteLine();
        Console.WriteLine($"Load average at end: {MachineInfo.LoadAverage()}");
        report.Print();
        return 0;
    }
}
