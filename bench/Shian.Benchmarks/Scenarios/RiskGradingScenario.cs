using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Shian.Benchmarks.Infrastructure;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.RiskGrading.Domain;
using Shian.Modules.RiskGrading.Features.AnnualRegrade;
using Shian.Modules.RiskGrading.Features.Plans.GeneratePlan;
using Shian.Modules.RiskGrading.Features.Plans.PlanDetail;
using Shian.Shared.Persistence;

namespace Shian.Benchmarks.Scenarios;

/// <summary>
/// Risk grading on the 'city' data set (60,000 operators, graded when seeded). Re-grade: BulkGrader recomputing
/// every operator's grade (what the job's re-grade runs: pool stream, batched reads, scoring, a credit check per
/// operator, writing only changes) and once the annual re-grade for next year (raise/lower rules, many writes).
/// Plan: PlanService generating the annual plan of every district. Baseline, interleaved run by run: the same data
/// read with the same queries (pool stream, grade rows, events) without scoring, checking or writing — what any
/// implementation must at least pay. Stopwatch harness: each run is seconds of database work.
/// </summary>
internal static class RiskGradingScenario
{
    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var runs = options.Int("--grading-runs", 3);
        var scale = options.Value("--grading-scale") ?? "city";
        var parts = (options.Value("--grading-parts") ?? "regrade,annual,plans").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var cached = await DataSets.EnsureAsync(options, scale);
        var database = DataSets.WorkingCopy(cached, "riskgrading");
        try
        {
            await using var host = new BenchHost(DataSets.ConnectionString(database));
            var districts = await host.AsAsync(BenchHost.CityStaff, async sp =>
                (await sp.GetRequiredService<Shian.Modules.Administration.Contracts.IJurisdictionDirectory>().AllAsync(default))
                    .Where(j => j.Level == "District").Select(j => j.Code).Order(StringComparer.Ordinal).ToList());
            var year = DateTime.UtcNow.AddHours(8).Year;

            // Warm-up: JIT, caches, and the file in the page cache for both sides.
            var operators = await ReadAllAsync(host, null);
            if (parts.Contains("regrade"))
            {
                await RegradeAsync(host, BulkMode.All, null);
                await MeasureRegradeAsync(host, report, runs, operators, scale);
            }

            if (parts.Contains("annual"))
            {
                await MeasureAnnualAsync(host, report, year);
            }

            if (parts.Contains("plans"))
            {
                await MeasurePlansAsync(host, report, runs, districts, year);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            DataSets.Delete(database);
        }
    }

    private static async Task MeasureRegradeAsync(BenchHost host, Report report, int runs, int operators, string scale)
    {
        Console.WriteLine($"Re-grade: {operators:N0} operators, {runs} runs each, alternating with a plain read of the same data.");
        var regrade = new List<double>();
        var read = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            var result = await RegradeAsync(host, BulkMode.All, null);
            regrade.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            await ReadAllAsync(host, null);
            read.Add(clock.Elapsed.TotalMilliseconds);
            Console.WriteLine($"  run {run + 1}: re-grade {Report.Ms(regrade[^1])} ({result.Changed:N0} changed, {result.Ungraded:N0} ungraded), read {Report.Ms(read[^1])}");
        }

        var regradeMs = Stats.Median(regrade);
        var readMs = Stats.Median(read);
        report.Add(Report.Format($"riskgrading: re-grade all operators ({scale} data set, {operators:N0}), median of {runs}"),
            Report.Format($"{Report.Ms(regradeMs)} = {operators / regradeMs * 1000:N0} operators/s"),
            Report.Format($"read the same data, no scoring: {Report.Ms(readMs)}"), regradeMs / readMs);
    }

    private static async Task MeasureAnnualAsync(BenchHost host, Report report, int year)
    {
        var annualClock = Stopwatch.StartNew();
        var annual = await RegradeAsync(host, BulkMode.Annual, year + 1);
        var annualMs = annualClock.Elapsed.TotalMilliseconds;
        annualClock.Restart();
        await ReadAllAsync(host, null);
        var annualReadMs = annualClock.Elapsed.TotalMilliseconds;
        Console.WriteLine($"  annual re-grade {year + 1}: {Report.Ms(annualMs)}, {annual.Changed:N0} changed; read {Report.Ms(annualReadMs)}");
        report.Add($"riskgrading: annual re-grade {year + 1} (raise/lower rules; {annual.Changed:N0} grades changed and written), one run",
            Report.Format($"{Report.Ms(annualMs)}"), Report.Format($"read the same data: {Report.Ms(annualReadMs)}"), annualMs / annualReadMs);
    }

    private static async Task MeasurePlansAsync(BenchHost host, Report report, int runs, List<string> districts, int year)
    {
        Console.WriteLine($"Plan: {districts.Count} districts, {runs} runs each, alternating with a plain read of what a plan needs.");
        await PlanAllAsync(host, districts, year);
        var plan = new List<double>();
        var planRead = new List<double>();
        var items = 0;
        for (var run = 0; run < runs; run++)
        {
            var clock = Stopwatch.StartNew();
            items = await PlanAllAsync(host, districts, year);
            plan.Add(clock.Elapsed.TotalMilliseconds);
            clock.Restart();
            foreach (var district in districts)
            {
                await ReadAllAsync(host, district, plans: true);
            }

            planRead.Add(clock.Elapsed.TotalMilliseconds);
            Console.WriteLine($"  run {run + 1}: plans {Report.Ms(plan[^1])} ({items:N0} items), read {Report.Ms(planRead[^1])}");
        }

        var planMs = Stats.Median(plan);
        var planReadMs = Stats.Median(planRead);
        report.Add($"riskgrading: generate the annual plans of all {districts.Count} districts ({items:N0} operators, inspectors assigned), median of {runs}",
            Report.Format($"{Report.Ms(planMs)}"), Report.Format($"read what the plans need (pool, grades, events): {Report.Ms(planReadMs)}"),
            planMs / planReadMs);
    }

    private static Task<BulkResult> RegradeAsync(BenchHost host, BulkMode mode, int? year) =>
        host.AsAsync(BenchHost.CityStaff, sp => sp.GetRequiredService<BulkGrader>().RunAsync(mode, null, year, null, default));

    private static async Task<int> PlanAllAsync(BenchHost host, IReadOnlyList<string> districts, int year)
    {
        var items = 0;
        foreach (var district in districts)
        {
            // A fresh scope per district, as separate requests would be.
            items += await host.AsAsync(BenchHost.CityStaff, async sp =>
            {
                var id = await sp.GetRequiredService<PlanGenerator>().GenerateAsync(new GeneratePlanRequest { DistrictCode = district, Year = year }, default);
                return (await sp.GetRequiredService<PlanQuery>().FindAsync(id, default))!.OperatorCount;
            });
        }

        return items;
    }

    /// <summary>The inputs with the grader's own queries (pool, then per batch of 1,000 the grades and events), no scoring.</summary>
    private static Task<int> ReadAllAsync(BenchHost host, string? prefix, bool plans = false) => host.AsAsync(BenchHost.CityStaff, async sp =>
    {
        var db = sp.GetRequiredService<ShianDbContext>();
        var pool = sp.GetRequiredService<IOperatorPool>();
        var ids = new List<Guid>();
        await foreach (var o in pool.StreamAsync(new OperatorPoolFilter(prefix, ActiveOnly: plans), default))
        {
            ids.Add(o.Id);
        }

        var since = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-4);
        var seen = 0;
        foreach (var batch in ids.Chunk(1_000))
        {
            var list = batch.ToList();
            seen += (await db.Set<OperatorGrade>().AsNoTracking().Where(g => list.Contains(g.OperatorId)).ToListAsync()).Count;
            seen += (await db.Set<RiskEvent>().AsNoTracking().Where(e => list.Contains(e.OperatorId) && e.OccurredOn >= since).ToListAsync()).Count;
        }

        return plans ? seen : ids.Count;
    });
}
