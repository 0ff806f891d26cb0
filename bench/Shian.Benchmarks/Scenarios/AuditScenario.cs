using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Shian.Benchmarks.Infrastructure;
using Shian.Modules.Audit.Contracts;
using Shian.Modules.Audit.Domain;
using Shian.Modules.Operators.Domain;
using Shian.Modules.Operators.Features.EditOperator;
using Shian.Shared.Persistence;

namespace Shian.Benchmarks.Scenarios;

/// <summary>
/// The cost of the audit ledger on SQLite. Writes: operator edits through EditOperatorHandler (what PUT
/// /api/v1/operators/{id} runs) by a city-level caller, one after another, on two copies of the 'small'
/// data set: one app as configured, one with the AuditLedgerHook removed from DI; blocks of 25 edits alternate
/// between the two. Verification: the whole chain of the 'city' data set (≈120,000 entries) checked by IAuditTrail,
/// against streaming the same entries without hashing. Stopwatch harness: these are database round trips
/// and whole-table scans, not micro operations.
/// </summary>
internal static class AuditScenario
{
    private const int Targets = 500;
    private const int BlockSize = 25;
    private const int Warmup = 100;

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        await WritesAsync(options, report);
        await VerifyAsync(options, report);
    }

    private static async Task WritesAsync(BenchOptions options, Report report)
    {
        var edits = options.Int("--edits", 1200);
        var cached = await DataSets.EnsureAsync(options, "small");
        var onPath = DataSets.WorkingCopy(cached, "audit-on");
        var offPath = DataSets.WorkingCopy(cached, "audit-off");
        try
        {
            await using var on = new BenchHost(DataSets.ConnectionString(onPath), auditLedger: true);
            await using var off = new BenchHost(DataSets.ConnectionString(offPath), auditLedger: false);
            var forms = await LoadFormsAsync(on);
            var ledgerBefore = (on: await LedgerCountAsync(on), off: await LedgerCountAsync(off));
            var counter = 0;

            // Small blocks in ABBA order, so that both modes see the same moments of a shared machine's load.
            var blocks = Math.Max(2, edits / BlockSize);
            Console.WriteLine($"Writes: {blocks * BlockSize:N0} sequential edits per mode over {forms.Count} operators, in blocks of {BlockSize}, ledger on/off alternating (ABBA).");
            await EditAsync(on, forms, Warmup, () => ++counter);
            await EditAsync(off, forms, Warmup, () => ++counter);
            var latencies = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
            var seconds = new Dictionary<bool, double> { [true] = 0, [false] = 0 };
            for (var block = 0; block < blocks; block++)
            {
                foreach (var ledger in block % 2 == 0 ? new[] { true, false } : [false, true])
                {
                    var clock = Stopwatch.StartNew();
                    latencies[ledger].AddRange(await EditAsync(ledger ? on : off, forms, BlockSize, () => ++counter));
                    seconds[ledger] += clock.Elapsed.TotalSeconds;
                }

                if ((block + 1) % 8 == 0 || block == blocks - 1)
                {
                    Console.WriteLine($"  {(block + 1) * BlockSize,6:N0} edits per mode: ledger on {latencies[true].Count / seconds[true],5:F0} edits/s, off {latencies[false].Count / seconds[false],5:F0} edits/s");
                }
            }

            var ledgerAdded = (on: await LedgerCountAsync(on) - ledgerBefore.on, off: await LedgerCountAsync(off) - ledgerBefore.off);
            var expected = (blocks * BlockSize) + Warmup;
            Console.WriteLine($"  ledger entries added: {ledgerAdded.on:N0} with the ledger on, {ledgerAdded.off:N0} with it off (expected {expected:N0} and 0).");
            if (ledgerAdded.off != 0 || ledgerAdded.on < expected)
            {
                throw new InvalidOperationException("The ledger on/off switch did not work as expected.");
            }

            var onRate = latencies[true].Count / seconds[true];
            var offRate = latencies[false].Count / seconds[false];
            report.Add($"audit: operator edits/s with the ledger (SQLite, sequential, {blocks * BlockSize:N0} edits per mode)",
                Report.Format($"{onRate:F0} edits/s (per edit: median {Report.Ms(Stats.Median(latencies[true]))}, p99 {Report.Ms(Stats.Percentile(latencies[true], 99))})"),
                Report.Format($"ledger off: {offRate:F0} edits/s (median {Report.Ms(Stats.Median(latencies[false]))}, p99 {Report.Ms(Stats.Percentile(latencies[false], 99))})"),
                onRate / offRate, Report.Format($"{onRate / offRate:F2} of the rate without ledger"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            DataSets.Delete(onPath);
            DataSets.Delete(offPath);
        }
    }

    private static async Task<List<double>> EditAsync(BenchHost host, List<(Guid Id, OperatorForm Form)> forms, int count, Func<int> next)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var n = next();
            var (id, form) = forms[n % forms.Count];
            form.ContactPerson = $"联系人{n}";
            var clock = Stopwatch.StartNew();
            await host.AsAsync(BenchHost.CityStaff, sp => sp.GetRequiredService<EditOperatorHandler>().UpdateAsync(id, form, default));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }

    /// <summary>What an editing client sends back: the stored values, personal data left empty (kept as stored).</summary>
    private static async Task<List<(Guid Id, OperatorForm Form)>> LoadFormsAsync(BenchHost host)
    {
        var rows = await host.AsAsync(BenchHost.CityStaff, sp => sp.GetRequiredService<ShianDbContext>().Set<Operator>().AsNoTracking()
            .OrderBy(o => o.Id).Take(Targets).ToListAsync());
        return [.. rows.Select(o => (o.Id, new OperatorForm
        {
            CreditCode = o.CreditCode,
            CreditCodeOverrideReason = o.CreditCodeOverrideReason,
            Name = o.Name,
            EntityType = o.EntityType,
            LegalRepresentative = o.LegalRepresentative,
            ContactEmail = o.ContactEmail,
            RegisteredAddress = o.RegisteredAddress,
            JurisdictionCode = o.JurisdictionCode,
            Categories = [.. o.Categories],
        }))];
    }

    private static Task<int> LedgerCountAsync(BenchHost host) =>
        host.AsAsync(BenchHost.CityStaff, sp => sp.GetRequiredService<ShianDbContext>().Set<AuditEntry>().CountAsync());

    private static async Task VerifyAsync(BenchOptions options, Report report)
    {
        var runs = options.Int("--verify-runs", 5);
        var cached = await DataSets.EnsureAsync(options, "city");
        var path = DataSets.WorkingCopy(cached, "audit-verify");
        try
        {
            await using var host = new BenchHost(DataSets.ConnectionString(path));
            var first = await host.AsAsync(BenchHost.CityStaff, sp => sp.GetRequiredService<IAuditTrail>().VerifyAsync(default));
            if (!first.IsIntact)
            {
                throw new InvalidOperationException($"The seeded chain does not verify: {first.Problem} at {first.FirstBrokenSequence}");
            }

            await ReadAllAsync(host);
            var entries = first.EntriesChecked;
            Console.WriteLine($"Verification: {entries:N0} entries, {runs} runs each, alternating with a plain read of the same entries.");
            var verify = new List<double>();
            var read = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var clock = Stopwatch.StartNew();
                var result = await host.AsAsync(BenchHost.CityStaff, sp => sp.GetRequiredService<IAuditTrail>().VerifyAsync(default));
                verify.Add(clock.Elapsed.TotalMilliseconds);
                if (!result.IsIntact || result.EntriesChecked != entries)
                {
                    throw new InvalidOperationException("Verification result changed between runs.");
                }

                clock.Restart();
                var count = await ReadAllAsync(host);
                read.Add(clock.Elapsed.TotalMilliseconds);
                if (count != entries)
                {
                    throw new InvalidOperationException($"Read {count} entries, verified {entries}.");
                }

                Console.WriteLine($"  run {run + 1}: verify {Report.Ms(verify[^1])}, read {Report.Ms(read[^1])}");
            }

            var verifyMs = Stats.Median(verify);
            var readMs = Stats.Median(read);
            report.Add($"audit: verify the whole chain, {entries:N0} entries (city data set), median of {runs}",
                Report.Format($"{Report.Ms(verifyMs)} = {entries / verifyMs * 1000:N0} entries/s"),
                Report.Format($"read the same entries, no hashing: {Report.Ms(readMs)} = {entries / readMs * 1000:N0} entries/s"),
                verifyMs / readMs);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            DataSets.Delete(path);
        }
    }

    /// <summary>The verifier's own query (every entry in sequence order, untracked), without the hashing.</summary>
    private static Task<long> ReadAllAsync(BenchHost host) => host.AsAsync(BenchHost.CityStaff, async sp =>
    {
        long count = 0;
        var entries = sp.GetRequiredService<ShianDbContext>().Set<AuditEntry>().AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
        await foreach (var entry in entries)
        {
            count += entry.Hash.Length > 0 ? 1 : 0;
        }

        return count;
    });
}
