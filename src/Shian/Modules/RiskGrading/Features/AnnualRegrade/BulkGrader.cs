using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.RiskGrading.Domain;
using Shian.Modules.RiskGrading.Features.Regrade;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.RiskGrading.Features.AnnualRegrade;

/// <summary>What a bulk run does: grade only operators without a (complete) grade, recompute all, or the annual re-grade.</summary>
internal enum BulkMode
{
    Missing,
    All,
    Annual,
}

/// <summary>How a bulk run went.</summary>
internal sealed record BulkResult(int Operators, int Graded, int Changed, int Ungraded);

/// <summary>
/// Grades whole populations (the job, plan generation, demo seeding): streams the operators in the caller's scope
/// through <see cref="IOperatorPool"/>, then works in batches — one query for the batch's grades, one for its
/// events, a credit check per operator — and saves each batch. Unchanged grades are not written.
/// </summary>
internal sealed class BulkGrader(ShianDbContext db, IOperatorPool pool, RiskGrader grader, RiskModelLoader models)
{
    private const int BatchSize = 1_000;

    public async Task<BulkResult> RunAsync(BulkMode mode, string? jurisdictionPrefix, int? year, IProgress<string>? progress, CancellationToken ct)
    {
        var today = grader.Today;
        var annualYear = year ?? today.Year;
        var model = await models.LoadAsync(today, ct);

        // Read the whole population before writing: the pool streams on this same context.
        var operators = new List<OperatorPoolEntry>();
        await foreach (var entry in pool.StreamAsync(new OperatorPoolFilter(jurisdictionPrefix, ActiveOnly: false), ct))
        {
            if (entry.Status != "Closed")
            {
                operators.Add(entry);
            }
        }

        var targets = operators;
        if (mode == BulkMode.Missing)
        {
            var complete = (await db.Set<OperatorGrade>().AsNoTracking().Where(g => g.EntityType != null).Select(g => g.OperatorId).ToListAsync(ct)).ToHashSet();
            targets = [.. operators.Where(o => !complete.Contains(o.Id))];
        }

        var changed = 0;
        var done = 0;
        var since = today.AddYears(-RiskGrader.EventHistoryYears);
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var batch in targets.Chunk(BatchSize))
            {
                var ids = batch.Select(o => o.Id).ToList();
                var grades = await db.Set<OperatorGrade>().Where(g => ids.Contains(g.OperatorId)).ToDictionaryAsync(g => g.OperatorId, ct);
                var events = (await db.Set<RiskEvent>().AsNoTracking().Where(e => ids.Contains(e.OperatorId) && e.OccurredOn >= since).ToListAsync(ct))
                    .ToLookup(e => e.OperatorId, e => e.ToData());
                foreach (var o in batch)
                {
                    var profile = new OperatorProfile(o.Id, o.CreditCode, o.JurisdictionCode, o.Categories, o.EntityType, o.RegisteredAt);
                    var grade = grades.GetValueOrDefault(o.Id);
                    var before = (grade?.Grade, grade?.BreakdownJson, grade?.AdjustmentJson);
                    var listing = await grader.ListingAsync(o.CreditCode, today, ct);
                    var operatorEvents = events[o.Id].ToList();
                    if (mode == BulkMode.Annual && grade is not null && ChinaYear(grade.FirstGradedAt) < annualYear)
                    {
                        // An operator first graded this year keeps its first grade as this year's grade.
                        var adjustment = AnnualAdjustment.Decide(model, profile, operatorEvents, annualYear);
                        var result = RiskScorer.Score(model, profile, operatorEvents, today, adjustment, listing);
                        var reason = adjustment is null ? RiskGradingTexts.Zh("Reason_AnnualNone", annualYear) : RiskGradingTexts.Zh("Reason_Annual", annualYear, adjustment.Reason);
                        await grader.ApplyAsync(grade, profile, result, $"annual:{annualYear}", reason, alwaysTouch: false, timelineForFirst: false, ct, adjustment, setAdjustment: true);
                    }
                    else
                    {
                        var result = RiskScorer.Score(model, profile, operatorEvents, today, BreakdownJson.ReadAdjustment(grade?.AdjustmentJson), listing);
                        var reason = RiskGradingTexts.Zh(grade is null ? "Reason_Initial" : "Reason_Recalculation");
                        await grader.ApplyAsync(grade, profile, result, grade is null ? "initial" : "recalculation", reason, alwaysTouch: false, timelineForFirst: false, ct);
                    }

                    var after = grades.GetValueOrDefault(o.Id) ?? db.ChangeTracker.Entries<OperatorGrade>().LastOrDefault(e => e.Entity.OperatorId == o.Id)?.Entity;
                    if (after is not null && (before.Item1, before.Item2, before.Item3) != (after.Grade, after.BreakdownJson, after.AdjustmentJson))
                    {
                        changed++;
                    }
                }

                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                done += batch.Length;
                progress?.Report($"{done:N0} / {targets.Count:N0}");
            }
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        if (mode == BulkMode.Annual && jurisdictionPrefix is null)
        {
            var run = await db.Set<AnnualRegradeRun>().FirstOrDefaultAsync(r => r.Year == annualYear, ct);
            if (run is null)
            {
                run = new AnnualRegradeRun { Year = annualYear };
                db.Add(run);
            }

            run.RanAt = grader.Now;
            run.Operators = targets.Count;
            run.Changed = changed;
            await db.SaveChangesAsync(ct);
        }

        var graded = await db.Set<OperatorGrade>().AsNoTracking().Select(g => g.OperatorId).ToListAsync(ct);
        var gradedSet = graded.ToHashSet();
        return new BulkResult(operators.Count, targets.Count, changed, operators.Count(o => !gradedSet.Contains(o.Id)));
    }

    private static int ChinaYear(DateTimeOffset at) => at.ToOffset(ChinaTime.Offset).Year;
}
