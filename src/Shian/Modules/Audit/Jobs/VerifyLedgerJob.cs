using Microsoft.EntityFrameworkCore;
using Shian.Modules.Audit.Contracts;
using Shian.Modules.Audit.Domain;
using Shian.Modules.Audit.Features.VerifyRows;
using Shian.Shared.Jobs;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Audit.Jobs;

/// <summary>
/// The whole-database verification: the chain against its signed checkpoints, then every audited row against the
/// ledger (<see cref="RowVerifier"/>). The findings of the run replace the previous run's in <c>audit_row_finding</c>
/// (the first <see cref="MaxStored"/> of them; the summary counts all), for the admin page.
/// </summary>
internal sealed class VerifyLedgerJob(ShianDbContext db, IAuditTrail trail, RowVerifier rows, TimeProvider time) : IScheduledJob
{
    public const string JobName = "audit.verify";
    public const int MaxStored = 1000;

    public string Name => JobName;

    public TimeSpan Interval => TimeSpan.FromDays(1);

    public async Task<string> RunAsync(IProgress<string> progress, CancellationToken ct)
    {
        progress.Report("verifying the chain");
        var chain = await trail.VerifyAsync(ct);
        var found = new List<RowFinding>();
        var at = time.GetUtcNow();
        var run = await rows.CheckAllAsync(progress, finding =>
        {
            if (found.Count < MaxStored)
            {
                found.Add(new RowFinding
                {
                    FoundAt = at,
                    EntityType = finding.EntityType,
                    EntityId = finding.EntityId,
                    Kind = finding.Status,
                    Fields = finding.Fields.Count == 0 ? null : Truncate(string.Join(",", finding.Fields)),
                });
            }

            return Task.CompletedTask;
        }, ct);

        await db.Set<RowFinding>().ExecuteDeleteAsync(ct);
        db.AddRange(found);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        // The job's outcome is a record, kept in the record language like every stored text.
        var chainText = chain.IsIntact
            ? Texts.Record(typeof(AuditText), "JobSummary_ChainIntact", chain.EntriesChecked, chain.CheckpointsChecked)
            : Texts.Record(typeof(AuditText), "JobSummary_ChainBroken", chain.FirstBrokenSequence, chain.Problem);
        return Texts.Record(typeof(AuditText), "JobSummary_Rows", chainText, run.RowsChecked, run.Findings);
    }

    private static string Truncate(string fields) => fields.Length > 500 ? fields[..500] : fields;
}
