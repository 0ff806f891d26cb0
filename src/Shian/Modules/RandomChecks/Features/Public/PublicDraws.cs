using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.RandomChecks.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.RandomChecks.Features.Public;

/// <summary>
/// The public side of 一公开: commitments, pools, revealed seeds, draws, results, and the server's recomputation.
/// Reads ignore the scope filter on purpose (anonymous callers); only tasks with a published commitment exist here.
/// </summary>
internal sealed class PublicDraws(ShianDbContext db, IJurisdictionDirectory jurisdictions)
{
    /// <summary>How many pool codes the page lists; the full pool is in the verification JSON.</summary>
    public const int PoolPreviewSize = 500;

    public async Task<PublicTask?> FindAsync(Guid taskId, CancellationToken ct)
    {
        var task = await db.Set<CheckTask>().Unscoped("the public record of a published task (public disclosure), for anyone").AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct);
        var verification = await VerificationAsync(taskId, ct);
        if (task is null || verification is null)
        {
            return null;
        }

        var rounds = await db.Set<DrawRound>().Unscoped("the public record of a published task (public disclosure), for anyone").AsNoTracking().Where(r => r.TaskId == taskId).OrderBy(r => r.Number).ToListAsync(ct);
        var publicRounds = rounds.Zip(verification.Rounds, (r, v) => new PublicRound(
            r.Number, r.Reason, r.Status.ToString(), r.Commitment, r.CommittedAt, r.PoolHash, r.PoolSize, r.InspectorCount, r.RecusalCount,
            r.TargetsToDraw, r.RevealedSeed, r.DrawnAt, r.FailureMessage, v.Targets.Take(PoolPreviewSize).ToList(), Recompute(r, v))).ToList();

        var assignments = await db.Set<Assignment>().Unscoped("the public record of a published task (public disclosure), for anyone").AsNoTracking()
            .Where(a => a.TaskId == taskId && a.Status != AssignmentStatus.Cancelled).OrderBy(a => a.Position)
            .Select(a => new
            {
                a.Position,
                a.CreditCode,
                a.OperatorName,
                a.JurisdictionCode,
                a.DueOn,
                a.Status,
                a.Result,
                a.InspectedOn,
                a.PublishBy,
                a.ResultDocumentCode,
                Inspectors = a.Inspectors.OrderBy(i => i.Order).Select(i => i.DisplayName).ToList(),
            })
            .ToListAsync(ct);
        var results = new List<PublicResult>(assignments.Count);
        foreach (var a in assignments)
        {
            results.Add(new PublicResult(
                a.Position, a.CreditCode, a.OperatorName, await jurisdictions.DisplayNameAsync(a.JurisdictionCode, ct), a.Inspectors, a.DueOn,
                a.Status.ToString(), a.Result?.ToString(), a.InspectedOn, a.PublishBy, a.ResultDocumentCode));
        }

        return new PublicTask(
            task.Id, task.Name, await jurisdictions.DisplayNameAsync(task.JurisdictionCode, ct), task.Category, task.GradeList, task.Proportion, task.Count,
            task.InspectorsPerTarget, publicRounds, results, $"/api/v1/randomchecks/tasks/{task.Id}/verification");
    }

    public async Task<Verification?> VerificationAsync(Guid taskId, CancellationToken ct)
    {
        var rounds = await db.Set<DrawRound>().Unscoped("the public record of a published task (public disclosure), for anyone").AsNoTracking().Where(r => r.TaskId == taskId).OrderBy(r => r.Number).ToListAsync(ct);
        var task = await db.Set<CheckTask>().Unscoped("the public record of a published task (public disclosure), for anyone").AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (rounds.Count == 0 || task is null)
        {
            return null;
        }

        var ids = rounds.Select(r => r.Id).ToList();
        var snapshots = await db.Set<PoolSnapshot>().AsNoTracking().Where(s => ids.Contains(s.RoundId))
            .Select(s => new { s.RoundId, s.Canonical }).ToDictionaryAsync(s => s.RoundId, s => s.Canonical, ct);
        var drawn = (await db.Set<Assignment>().Unscoped("the public record of a published task (public disclosure), for anyone").AsNoTracking().Where(a => a.TaskId == taskId)
                .Select(a => new { a.RoundId, a.Position, a.CreditCode, Inspectors = a.Inspectors.OrderBy(i => i.Order).Select(i => i.UserId).ToList() })
                .ToListAsync(ct))
            .ToLookup(a => a.RoundId);

        var filter = new VerificationFilter(task.JurisdictionCode, task.Category, task.GradeList);
        return new Verification(taskId, DrawAlgorithm.Version, filter, rounds.Select(r =>
        {
            var pool = DrawAlgorithm.Parse(snapshots[r.Id]);
            var failure = r.Status == RoundStatus.Failed && r.RevealedSeed is { } seed
                ? DrawAlgorithm.Draw(Convert.FromHexString(seed), pool).Failure
                : null;
            return new VerificationRound(
                r.Number, r.Reason, r.Status.ToString(), r.CommittedAt, r.Commitment, r.PoolHash, r.RevealedSeed, pool.TargetsToDraw,
                pool.InspectorsPerTarget, pool.Targets, pool.Inspectors, pool.Recusals,
                drawn[r.Id].OrderBy(a => a.Position).Select(a => new VerificationTarget(a.Position, a.CreditCode, a.Inspectors.Select(Draw.Draws.Id).ToList())).ToList(),
                failure is null ? null : new VerificationFailure(failure.Position, failure.CreditCode, failure.Eligible));
        }).ToList());
    }

    /// <summary>
    /// Recomputes a revealed round from what is published: the seed against the commitment, the pool lists against
    /// the pool hash (rebuilt from the lists, not read from storage), and the draw against the stored assignments.
    /// </summary>
    internal static Recomputation? Recompute(DrawRound round, VerificationRound published)
    {
        if (published.Seed is null)
        {
            return null;
        }

        var seed = Convert.FromHexString(published.Seed);
        var pool = FrozenPool.Create(published.Targets, published.Inspectors, published.Recusals, published.TargetsToDraw, published.InspectorsPerTarget);
        var seedOk = DrawAlgorithm.Commitment(seed) == round.Commitment;
        var poolOk = DrawAlgorithm.Hash(DrawAlgorithm.Canonical(pool)) == round.PoolHash;
        var outcome = DrawAlgorithm.Draw(seed, pool);
        var drawOk = round.Status switch
        {
            RoundStatus.Drawn or RoundStatus.Superseded when published.Drawn.Count > 0 =>
                outcome.Failure is null && outcome.Targets.Count == published.Drawn.Count &&
                outcome.Targets.Zip(published.Drawn).All(p => p.First.CreditCode == p.Second.CreditCode && p.First.Inspectors.SequenceEqual(p.Second.Inspectors)),
            RoundStatus.Failed => outcome.Failure is not null,
            _ => true, // superseded before drawing: nothing was drawn, the seed is shown for completeness
        };
        var detail = outcome.Failure is { } f
            ? Messages.Get("randomchecks.recompute_failed", f.Position + 1, f.CreditCode, f.Eligible)
            : Messages.Get(drawOk ? "randomchecks.recompute_matches" : "randomchecks.recompute_differs", outcome.Targets.Count);
        return new Recomputation(seedOk, poolOk, drawOk, detail);
    }
}
