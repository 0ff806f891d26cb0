using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Shian.Benchmarks.Infrastructure;
using Shian.Modules.Audit.Domain;

namespace Shian.Benchmarks.Scenarios;

/// <summary>
/// A true micro benchmark, so BenchmarkDotNet: the hash of one typical ledger entry (an operator edit)
/// against SHA-256 of a buffer of the same size, i.e. what the canonical-form building adds on top of the
/// hash itself. It bounds chain verification from below. In-process toolchain: no second build of the app.
/// </summary>
internal static class LedgerHashScenario
{
    public static void Run(Report report)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithGcServer(true)
            .WithWarmupCount(5)
            .WithIterationCount(20);
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "shian-bench", "BenchmarkDotNet.Artifacts"));
        var summary = BenchmarkRunner.Run<LedgerHashBenchmarks>(config);
        var hash = summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(LedgerHashBenchmarks.LedgerHashCompute));
        var baseline = summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == nameof(LedgerHashBenchmarks.Sha256OfSameSize));
        if (hash.ResultStatistics is null || baseline.ResultStatistics is null)
        {
            throw new InvalidOperationException("BenchmarkDotNet produced no statistics; see its log above.");
        }

        var hashNs = hash.ResultStatistics.Median;
        var baselineNs = baseline.ResultStatistics.Median;
        report.Add("audit: LedgerHash.Compute of one operator-edit entry (BenchmarkDotNet, median)",
            Report.Format($"{hashNs / 1000:F2} µs, {hash.GcStats.GetBytesAllocatedPerOperation(hash.BenchmarkCase):N0} B allocated"),
            Report.Format($"SHA-256 of the same number of bytes: {baselineNs / 1000:F2} µs"),
            hashNs / baselineNs);
    }
}

/// <summary>Public and unsealed because BenchmarkDotNet derives from it.</summary>
public class LedgerHashBenchmarks
{
    private const string Before = """{"ContactPerson":"联系人1","SearchText":"江门市好味餐饮管理有限公司 91440705MA4UJ8XK1Q 江门市新会区会城街道建设路12号 陈伟","UpdatedAt":"2026-11-29T05:00:00.0000000+00:00","Version":3}""";
    private const string After = """{"ContactPerson":"联系人2","SearchText":"江门市好味餐饮管理有限公司 91440705MA4UJ8XK1Q 江门市新会区会城街道建设路12号 陈伟","UpdatedAt":"2026-11-29T05:01:00.0000000+00:00","Version":4}""";
    private static readonly DateTimeOffset At = new(2026, 11, 29, 5, 1, 0, TimeSpan.Zero);
    private static readonly Guid Actor = Guid.Parse("0195f000-0000-7000-8000-000000000001");
    private readonly string _actorName = "基准测试（市局）";
    private byte[] _sameSize = [];

    [GlobalSetup]
    public void Setup()
    {
        // previous hash + "\n" + the canonical JSON, about as long as LedgerHash builds it.
        var canonical = $$"""{"seq":123456,"at":"2026-11-29T05:01:00.000Z","actorId":"{{Actor}}","actor":"基准测试（市局）","action":"Update","type":"Operator","id":"0195f000-0000-7000-8000-0000000000aa","before":{{Escape(Before)}},"after":{{Escape(After)}}}""";
        _sameSize = Encoding.UTF8.GetBytes(LedgerHash.Genesis + "\n" + canonical);
    }

    [Benchmark(Baseline = true)]
    public byte[] Sha256OfSameSize() => SHA256.HashData(_sameSize);

    [Benchmark]
    public string LedgerHashCompute() => LedgerHash.Compute(
        LedgerHash.Genesis, 123456, At, Actor, _actorName, AuditAction.Update, "Operator", "0195f000-0000-7000-8000-0000000000aa", Before, After);

    private static string Escape(string json) => System.Text.Json.JsonSerializer.Serialize(json);
}
