using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Shian.Benchmarks.Infrastructure;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Modules.Licensing.Features.Materials;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Persistence;

namespace Shian.Benchmarks.Scenarios;

/// <summary>
/// Instant approval (秒批) on the 'city' data set, server side: <see cref="LicenceApplications.SubmitAsync"/> (what
/// POST /api/v1/licensing/applications runs) for a new 预包装食品 sales licence with all four materials uploaded
/// beforehand, decided and issued (number, PDF, timeline, check task) in one call. Baseline, same run: the
/// same application saved and issued through the same <see cref="LicenceIssuer"/> with the decision fixed to
/// "approve", i.e. the endpoint without any rule evaluation (no idempotency, rule, material, credit or
/// duplicate-licence reads). Latency: sequential, blocks of 10 alternating ABBA. Throughput: concurrent
/// submitters, batches alternating ABBA.
/// </summary>
internal static class LicensingScenario
{
    private const int BlockSize = 10;
    private const int Warmup = 20;

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        var count = options.Int("--applications", 200);
        var concurrency = options.Int("--concurrency", 8);
        var cached = await DataSets.EnsureAsync(options, "city");
        var path = DataSets.WorkingCopy(cached, "licensing");
        try
        {
            await using var host = new BenchHost(DataSets.ConnectionString(path));
            var operators = await host.AsAsync(BenchHost.CityStaff, sp => sp.GetRequiredService<ShianDbContext>().Set<Operator>().AsNoTracking()
                .Where(o => o.Status == OperatorStatus.Active).OrderBy(o => o.Id).Select(o => new { o.Id, o.JurisdictionCode }).Take(500).ToListAsync());
            var next = 0;
            async Task<ApplyRequest> PrepareAsync()
            {
                var n = Interlocked.Increment(ref next);
                var op = operators[n % operators.Count];
                return await host.AsAsync(BenchHost.CityStaff, sp => NewRequestAsync(sp, op.Id, op.JurisdictionCode, n));
            }

            Console.WriteLine($"Preparing {(2 * (count + Warmup)) + (4 * count):N0} applications (4 material uploads each) over {operators.Count} operators …");
            var latency = new Dictionary<bool, Queue<ApplyRequest>> { [true] = new(), [false] = new() };
            foreach (var evaluated in new[] { true, false })
            {
                for (var i = 0; i < count + Warmup; i++)
                {
                    latency[evaluated].Enqueue(await PrepareAsync());
                }
            }

            var batch = new Dictionary<bool, List<ApplyRequest>[]> { [true] = [[], []], [false] = [[], []] };
            foreach (var evaluated in new[] { true, false })
            {
                for (var i = 0; i < 2 * count; i++)
                {
                    batch[evaluated][i % 2].Add(await PrepareAsync());
                }
            }

            for (var i = 0; i < Warmup; i++)
            {
                await SubmitAsync(host, latency[true].Dequeue(), evaluated: true);
                await SubmitAsync(host, latency[false].Dequeue(), evaluated: false);
            }

            var times = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
            for (var block = 0; block < Math.Max(2, count / BlockSize); block++)
            {
                foreach (var evaluated in block % 2 == 0 ? new[] { true, false } : [false, true])
                {
                    for (var i = 0; i < BlockSize && latency[evaluated].Count > 0; i++)
                    {
                        var clock = Stopwatch.StartNew();
                        await SubmitAsync(host, latency[evaluated].Dequeue(), evaluated);
                        times[evaluated].Add(clock.Elapsed.TotalMilliseconds);
                    }
                }
            }

            Console.WriteLine($"Latency: evaluated median {Report.Ms(Stats.Median(times[true]))} p99 {Report.Ms(Stats.Percentile(times[true], 99))}; " +
                $"no evaluation median {Report.Ms(Stats.Median(times[false]))} p99 {Report.Ms(Stats.Percentile(times[false], 99))}");
            report.Add($"licensing: instant-approval decision, server side (city data set, sequential, {times[true].Count} per mode)",
                Report.Format($"median {Report.Ms(Stats.Median(times[true]))}, p99 {Report.Ms(Stats.Percentile(times[true], 99))}"),
                Report.Format($"same save and issue, no rule evaluation: median {Report.Ms(Stats.Median(times[false]))}, p99 {Report.Ms(Stats.Percentile(times[false], 99))}"),
                Stats.Median(times[true]) / Stats.Median(times[false]),
                Report.Format($"{Stats.Median(times[true]) / Stats.Median(times[false]):F2}× the median without evaluation"));

            // Throughput: ABBA batches of concurrent submitters.
            var seconds = new Dictionary<bool, double> { [true] = 0, [false] = 0 };
            var done = new Dictionary<bool, int> { [true] = 0, [false] = 0 };
            foreach (var (evaluated, half) in new[] { (true, 0), (false, 0), (false, 1), (true, 1) })
            {
                var work = new Queue<ApplyRequest>(batch[evaluated][half]);
                var clock = Stopwatch.StartNew();
                await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
                {
                    while (true)
                    {
                        ApplyRequest request;
                        lock (work)
                        {
                            if (!work.TryDequeue(out request!))
                            {
                                return;
                            }
                        }

                        await SubmitAsync(host, request, evaluated);
                    }
                }));
                seconds[evaluated] += clock.Elapsed.TotalSeconds;
                done[evaluated] += batch[evaluated][half].Count;
                Console.WriteLine($"  batch {(evaluated ? "evaluated" : "no evaluation")}: {batch[evaluated][half].Count / clock.Elapsed.TotalSeconds:F1} applications/s");
            }

            var rate = done[true] / seconds[true];
            var baseRate = done[false] / seconds[false];
            report.Add($"licensing: concurrent applications decided and issued ({concurrency} submitters, {done[true]} per mode, SQLite)",
                Report.Format($"{rate:F1} applications/s"),
                Report.Format($"no rule evaluation: {baseRate:F1} applications/s"),
                rate / baseRate, Report.Format($"{rate / baseRate:F2} of the rate without evaluation"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            DataSets.Delete(path);
        }
    }

    private static async Task<ApplyRequest> NewRequestAsync(IServiceProvider sp, Guid operatorId, string town, int n)
    {
        var materials = sp.GetRequiredService<LicenceMaterials>();
        var files = new Dictionary<string, Guid>();
        foreach (var key in new[] { "application_form", "premises_layout", "safety_system", "safety_manager" })
        {
            using var pdf = new MemoryStream(System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {n} {key} {Guid.NewGuid():N}\n%%EOF\n"));
            files[key] = (await materials.UploadAsync(operatorId, key, key + ".pdf", pdf, default)).Id;
        }

        var first17 = $"440781{new DateOnly(1970, 1, 1).AddDays(n % 12000):yyyyMMdd}{n % 1000:D3}";
        return new ApplyRequest
        {
            OperatorId = operatorId,
            PremisesAddress = $"江门市基准测试路{n}号",
            PremisesTownCode = town,
            BusinessType = 1,
            BusinessItems = ["prepackaged"],
            LegalRepresentativeIdNumber = first17 + Shian.Shared.Kernel.Identifiers.ResidentIdNumber.CheckCharacter(first17),
            KeyStaffIdNumbers = [],
            Commitment = true,
            MaterialFiles = files,
            IdempotencyKey = $"bench-{n}-{Guid.NewGuid():N}",
        };
    }

    private static Task<int> SubmitAsync(BenchHost host, ApplyRequest request, bool evaluated) => host.AsAsync(BenchHost.CityStaff, async sp =>
    {
        if (evaluated)
        {
            var (view, _) = await sp.GetRequiredService<LicenceApplications>().SubmitAsync(request, null, default);
            return view.Status == "Approved" ? 0 : throw new InvalidOperationException($"Not approved: {string.Join("; ", view.Rules.Where(r => !r.Passed).Select(r => r.Explanation))}");
        }

        // The endpoint's save and issue with the decision fixed: what remains when no rule is evaluated.
        var db = sp.GetRequiredService<ShianDbContext>();
        var op = await sp.GetRequiredService<IOperatorDirectory>().FindAsync(request.OperatorId!.Value, default)
            ?? throw new InvalidOperationException("Operator not found.");
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromHours(8)).DateTime);
        var application = new LicenceApplication
        {
            OperatorId = op.Id,
            OperatorName = op.Name,
            PremisesAddress = request.PremisesAddress!,
            JurisdictionCode = request.PremisesTownCode!,
            BusinessType = request.BusinessType,
            BusinessItems = string.Join(',', request.BusinessItems!),
            LegalRepresentativeIdMasked = "4407**********" + request.LegalRepresentativeIdNumber![^4..],
            Commitment = true,
            SubmittedAt = now,
            DecisionDueOn = today.AddDays(14),
            SubmittedBy = Guid.Parse("0195f000-0000-7000-8000-000000000001"),
            IdempotencyKey = request.IdempotencyKey!,
        };
        application.Decide(true, "[]", now);
        await using var transaction = await db.Database.BeginTransactionAsync();
        db.Add(application);
        await sp.GetRequiredService<LicenceIssuer>().IssueAsync(application, op, today, default);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return 0;
    });
}
