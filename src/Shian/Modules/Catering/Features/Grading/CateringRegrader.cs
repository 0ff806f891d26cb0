using Microsoft.EntityFrameworkCore;
using Shian.Modules.Catering.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.Catering.Features.Grading;

/// <summary>
/// Re-evaluates establishments' grades on a day, as time passes: inspections leave the 12-month window,
/// establishments pass 12 months of activity, no-rating windows end. Reads its own table in batches (one query
/// each for inspections, windows and shown means), writes only what changed, saves per batch.
/// </summary>
internal sealed class CateringRegrader(ShianDbContext db, GradingRuleLoader loader, EstablishmentGrader grader)
{
    public const int BatchSize = 500;

    /// <summary>
    /// Re-grades every establishment (or only <paramref name="operatorIds"/>) as of <paramref name="day"/> (China date).
    /// Safe to repeat: a second run on the same day changes nothing.
    /// </summary>
    public async Task<RegradeResult> RunAsync(DateOnly day, IReadOnlyCollection<Guid>? operatorIds, IProgress<string>? progress, CancellationToken ct)
    {
        var rules = await loader.LoadAsync(day, ct);
        var query = db.Set<CateringEstablishment>().Unscoped("grading runs in the nightly job (no caller) and in the raising save of an event, whatever the caller's scope");
        if (operatorIds is not null)
        {
            query = query.Where(e => operatorIds.Contains(e.OperatorId));
        }

        var (checkedCount, changed) = (0, 0);
        for (var skip = 0; ; skip += BatchSize)
        {
            // Rows are never added to or removed from the ordered set by this loop, so offset paging is stable.
            var batch = await query.OrderBy(e => e.Id).Skip(skip).Take(BatchSize).ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            var (inspections, windows) = await grader.FactsAsync([.. batch.Select(e => e.OperatorId)], ct);
            var means = await grader.ShownMeansAsync(batch, ct);
            foreach (var establishment in batch)
            {
                var state = rules.StateOn(day, establishment.ActiveSince, inspections[establishment.OperatorId], windows[establishment.OperatorId]);
                var shownMean = establishment.LatestGradeId is { } g ? means.GetValueOrDefault(g) : null;
                if (await grader.ApplyAsync(establishment, shownMean, state, rules, "regrade", CateringText.Zh("RegradeReason"), day, ct))
                {
                    changed++;
                }
            }

            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            checkedCount += batch.Count;
            progress?.Report($"{checkedCount:N0} establishments checked, {changed:N0} re-graded");
        }

        return new RegradeResult(checkedCount, changed);
    }
}

internal sealed record RegradeResult(int Checked, int Changed);
