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
/// The cost of the audit ledger on SQLite. Writes: operator edits through OperatorEditor (what PUT
/// /api/v1/operators/{id} runs) by a city-level caller, one after another, on two copies of the 'small'
/// data set: one app as configured, one with the AuditLedgerHook removed from DI; rounds alternate between
/// the two. Verification: the whole chain of the 'city' data set (≈120,000 entries) checked by IAuditTrail,
/// against streaming the same entries without hashing. Stopwatch harness: these are database round trips
/// and whole-table scans, not micro operations.
/// </summary>
internal static class AuditScenario
{
    private const int Targets = 500;

    public static async Task RunAsync(BenchOptions options, Report report)
    {
        await WritesAsync(options, report);
        await VerifyAsync(options, report);
    }

    private static async Task WritesAsync(BenchOptions options, Report report)
    {
        var edits = options.Int("--edits", 400);
        var rounds = options.Int("--audit-rounds", 3);
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

            Console.WriteLine($"Writes: {rounds} rounds × {edits} sequential edits per mode over {forms.Count} operators, ledger on/off alternating.");
            await EditAsync(on, forms, 30, () => ++counter);
            await EditAsync(off, forms, 30, () => ++counter);
            var latencies = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
            var rates = new Dictionary<bool, List<double>> { [true] = [], [false] = [] };
            for (var round = 0; round < rounds; round++)
            {
                foreach (var ledger in round % 2 == 0 ? new[] { true, false } : [false, true])
                {
                    var clock = Stopwatch.StartNew();
                    var times = await EditAsync(ledger ? on : off, forms, edits, () => ++counter);
                    var rate = edits / clock.Elapsed.TotalSeconds;
                    latencies[ledger].AddRange(times);
                    rates[ledger].Add(rate);
                    Console.WriteLine($"  round {round + 1} ledger {(ledger ? "on " : "off")}: {rate,6:F0} edits/s, median {Report.Ms(Stats.Median(times))}, p99 {Report.Ms(Stats.Percentile(times, 99))}");
                }
            }

            var ledgerAdded = (on: await LedgerCountAsync(on) - ledgerBefore.on, off: await LedgerCountAsync(off) - ledgerBefore.off);
            Console.WriteLine($"  ledger entries added: {ledgerAdded.on:N0} with the ledger on, {ledgerAdded.off:N0} with it off (expected {(rounds * edits) + 30:N0} and 0).");
            if (ledgerAdded.off != 0 || ledgerAdded.on < (rounds * edits) + 30)
            {
                throw new InvalidOperationException("The ledger on/off switch did not work as expected.");
            }

            var onRate = Stats.Median(rates[true]);
            var offRate = Stats.Median(rates[false]);
            report.Add($"audit: operator edits/s, ledger on (SQLite, sequential, median of {rounds} × {edits})",
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
            await host.AsAsync(BenchHost.CityStaff, sp => sp.GetRequiredService<OperatorEditor>().UpdateAsync(id, form, default));
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
