using System.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Shian.Benchmarks.Infrastructure;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.RandomChecks.Domain;
using Shian.Modules.RandomChecks.Features.Draw;
using Shian.Modules.RandomChecks.Features.Tasks;
using Shian.Shared.Security;

namespace Shian.Benchmarks.Scenarios;

/// <summary>
/// The 双随机 draw over the whole 'city' pool (≈60,000 operators, 5% = 3,000 targets, 2 inspectors each from 40):
/// commit (stream the pool, freeze and hash it, store the snapshot) and draw (verify hashes, run the algorithm,
/// write 3,000 assignments through the audit ledger), each against the same run's cost of just streaming the
/// pool through IOperatorPool. A second task per round filters the pool by risk grade (default B, C and D: the
/// seeded city has no events, so only A and B occur; one streamed read of the grade letters through IRiskGrades,
/// then the same pool stream). Rounds interleave baseline, the
/// unfiltered and the filtered task so they share the machine's load.
/// </summary>
internal static class RandomDrawScenario
{
    private const int Inspectors = 40;

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var rounds = options.Int("--draw-rounds", 5);
        var scale = options.Value("--draw-scale") ?? "city";
        var grades = (options.Value("--draw-grades") ?? "B,C,D").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList<string?>();
        var gradeText = string.Join("/", grades);
        var cached = await DataSets.EnsureAsync(options, scale);
        var path = DataSets.WorkingCopy(cached, "randomdraw");
        try
        {
            await using var host = new BenchHost(DataSets.ConnectionString(path));
            await AddInspectorsAsync(host);
            var stream = new List<double>();
            var commit = new List<double>();
            var draw = new List<double>();
            var algorithm = new List<double>();
            var filtered = new List<double>();
            var poolSize = 0;
            var filteredPool = 0;
            var filteredTargets = 0;
            for (var round = -1; round < rounds; round++)
            {
                var clock = Stopwatch.StartNew();
                poolSize = await host.AsAsync(BenchHost.CityStaff, async services =>
                {
                    var count = 0;
                    await foreach (var _ in services.GetRequiredService<IOperatorPool>().StreamAsync(new OperatorPoolFilter("4407"), default))
                    {
                        count++;
                    }

                    return count;
                });
                var streamMs = clock.Elapsed.TotalMilliseconds;

                var taskId = await host.AsAsync(BenchHost.CityStaff, async services => (await services.GetRequiredService<CheckTasks>()
                    .CreateAsync(new TaskRequest { Name = $"基准抽查{round}", JurisdictionCode = "440700", Proportion = 5m }, default)).Id);
                clock.Restart();
                var committed = await host.AsAsync(BenchHost.CityStaff, services => services.GetRequiredService<Draws>().CommitAsync(taskId, null, default));
                var commitMs = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                var drawn = await host.AsAsync(BenchHost.CityStaff, services => services.GetRequiredService<Draws>().DrawAsync(taskId, default));
                var drawMs = clock.Elapsed.TotalMilliseconds;

                // The pure algorithm on the same frozen pool, in memory: what an outside verifier repeats.
                var pool = FrozenPool.Create(
                    Enumerable.Range(0, committed.PoolSize).Select(i => $"91440700{i:D8}XX"),
                    Enumerable.Range(0, committed.InspectorCount).Select(i => Guid.CreateVersion7().ToString()), [], committed.TargetsToDraw, 2);
                clock.Restart();
                DrawAlgorithm.Draw(Convert.FromHexString(drawn.Seed!), pool);
                var algorithmMs = clock.Elapsed.TotalMilliseconds;

                // The same task limited to the chosen grades: commit and draw together.
                var filteredId = await host.AsAsync(BenchHost.CityStaff, async services => (await services.GetRequiredService<CheckTasks>()
                    .CreateAsync(new TaskRequest { Name = $"基准抽查等级{round}", JurisdictionCode = "440700", Grades = grades, Proportion = 5m }, default)).Id);
                clock.Restart();
                var filteredRound = await host.AsAsync(BenchHost.CityStaff, services => services.GetRequiredService<Draws>().CommitAsync(filteredId, null, default));
                await host.AsAsync(BenchHost.CityStaff, services => services.GetRequiredService<Draws>().DrawAsync(filteredId, default));
                var filteredMs = clock.Elapsed.TotalMilliseconds;
                filteredPool = filteredRound.PoolSize;
                filteredTargets = filteredRound.TargetsToDraw;

                Console.WriteLine(Report.Format($"  round {round}: stream {streamMs:F0} ms, commit {commitMs:F0} ms, draw {drawMs:F0} ms ({committed.TargetsToDraw} targets), algorithm {algorithmMs:F1} ms, {gradeText} commit+draw {filteredMs:F0} ms ({filteredRound.PoolSize} in pool, {filteredRound.TargetsToDraw} targets){(round < 0 ? " (warm-up, discarded)" : "")}"));
                if (round >= 0)
                {
                    stream.Add(streamMs);
                    commit.Add(commitMs);
                    draw.Add(drawMs);
                    algorithm.Add(algorithmMs);
                    filtered.Add(filteredMs);
                }
            }

            var baseline = Stats.Median(stream);
            var baselineText = Report.Format($"stream the same pool through IOperatorPool: {Report.Ms(baseline)} ({poolSize:N0} operators)");
            report.Add(Report.Format($"randomchecks: commit over the `{scale}` pool ({poolSize:N0} operators, {Inspectors} inspectors): read, freeze, hash, store snapshot, median of {rounds}"),
                Report.Ms(Stats.Median(commit)), baselineText, Stats.Median(commit) / baseline);
            report.Add(Report.Format($"randomchecks: draw 5% ({(int)Math.Ceiling(poolSize * 0.05):N0} targets × 2 inspectors): verify hashes, draw, write assignments with the audit ledger, median of {rounds}"),
                Report.Ms(Stats.Median(draw)), baselineText, Stats.Median(draw) / baseline);
            var both = commit.Zip(draw, (c, d) => c + d).ToList();
            report.Add(Report.Format($"randomchecks: commit + draw over the `{scale}` pool ({poolSize:N0} operators, 5%), median of {rounds}"),
                Report.Ms(Stats.Median(both)), baselineText, Stats.Median(both) / baseline);
            report.Add(Report.Format($"randomchecks: commit + draw limited to risk grades {gradeText} ({filteredPool:N0} of {poolSize:N0} in the pool, {filteredTargets:N0} targets), median of {rounds}"),
                Report.Ms(Stats.Median(filtered)), baselineText, Stats.Median(filtered) / baseline);
            report.Add("randomchecks: the draw algorithm alone, in memory (what a verifier recomputes)",
                Report.Ms(Stats.Median(algorithm)), baselineText, Stats.Median(algorithm) / baseline);
        }
        finally
        {
            DataSets.Delete(path);
        }
    }

    /// <summary>The city data set has no inspector accounts; add some, without passwords (nobody signs in).</summary>
    private static Task<int> AddInspectorsAsync(BenchHost host) => host.AsAsync(BenchHost.CityStaff, async services =>
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShianUser>>();
        for (var i = 0; i < Inspectors; i++)
        {
            var user = new ShianUser { UserName = $"bench.insp.{i:D2}", DisplayName = $"检查员{i:D2}", JurisdictionCode = i % 2 == 0 ? "440705" : "440781" };
            await users.CreateAsync(user);
            await users.AddToRoleAsync(user, Roles.Inspector);
        }

        return 0;
    });
}
