using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.RandomChecks.Domain;
using Shian.Modules.RandomChecks.Features.Tasks;
using Shian.Modules.RiskGrading.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.RandomChecks.Features.Draw;

/// <summary>
/// Commit (freeze the pool, publish SHA-256 of a fresh secret seed) and draw (run <see cref="DrawAlgorithm"/>,
/// reveal the seed, create assignments). A re-draw is a new commitment with a reason.
/// </summary>
internal sealed class Draws(
    ShianDbContext db,
    CurrentUser user,
    TimeProvider time,
    IOperatorPool operators,
    IRiskGrades riskGrades,
    IRuleBook rules,
    IWorkingDayCalendar calendar,
    IDataProtectionProvider protection,
    ILogger<Draws> log)
{
    private readonly IDataProtector _seeds = protection.CreateProtector("Shian.RandomChecks.Seed.v1");

    public async Task<RoundView> CommitAsync(Guid taskId, string? reason, CancellationToken ct)
    {
        var task = await db.Set<CheckTask>().FirstOrDefaultAsync(t => t.Id == taskId, ct) ?? throw TaskNotFound();
        var previous = await db.Set<DrawRound>().Where(r => r.TaskId == taskId).OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct);
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (previous is not null)
        {
            await SupersedeAsync(previous, reason, ct);
        }

        var today = Today;
        var pool = await ReadPoolAsync(task, ct);
        var inspectors = await InspectorPoolAsync(task, ct);
        var targetsToDraw = TargetsToDraw(task, pool.Count);
        if (inspectors.Count < task.InspectorsPerTarget)
        {
            throw ShianException.Rule(
                RandomChecksErrors.NotEnoughInspectors, Messages.Get(RandomChecksErrors.InspectorPoolTooSmall, inspectors.Count, task.InspectorsPerTarget));
        }

        var recusals = await RecusalsAsync(pool, inspectors, today, ct);
        var frozen = FrozenPool.Create(pool.Select(p => p.CreditCode), inspectors.Select(i => Id(i.Id)), recusals, targetsToDraw, task.InspectorsPerTarget);
        var canonical = DrawAlgorithm.Canonical(frozen);
        var seed = DrawAlgorithm.NewSeed();
        var round = new DrawRound
        {
            TaskId = task.Id,
            Number = (previous?.Number ?? 0) + 1,
            Reason = reason,
            JurisdictionCode = task.JurisdictionCode,
            Commitment = DrawAlgorithm.Commitment(seed),
            PoolHash = DrawAlgorithm.Hash(canonical),
            PoolSize = frozen.Targets.Count,
            InspectorCount = frozen.Inspectors.Count,
            RecusalCount = frozen.Recusals.Count,
            TargetsToDraw = targetsToDraw,
            InspectorsPerTarget = task.InspectorsPerTarget,
            SeedCipher = _seeds.Protect(Convert.ToHexStringLower(seed)),
            CommittedAt = time.GetUtcNow(),
            CommittedBy = user.Name,
        };
        db.Add(round);
        db.Add(new PoolSnapshot
        {
            RoundId = round.Id,
            Canonical = canonical,
            Targets = string.Join('\n', pool.Select(p => $"{p.CreditCode}\t{p.Id}\t{p.JurisdictionCode}\t{Clean(p.Name)}\t{p.Grade}")),
            Inspectors = string.Join('\n', inspectors.Select(i => $"{Id(i.Id)}\t{Clean(i.DisplayName)}")),
        });
        task.MarkCommitted();
        await db.SaveChangesAsync(ct);
        log.LogInformation(
            "Random-check task {TaskId} round {Round} committed by {User}: commitment {Commitment}, pool {PoolHash} ({PoolSize} operators, {Inspectors} inspectors), reason {Reason}",
            task.Id, round.Number, user.Name, round.Commitment, round.PoolHash, round.PoolSize, round.InspectorCount, reason ?? "-");
        return CheckTasks.ToView(round);
    }

    public async Task<RoundView> DrawAsync(Guid taskId, CancellationToken ct)
    {
        var task = await db.Set<CheckTask>().FirstOrDefaultAsync(t => t.Id == taskId, ct) ?? throw TaskNotFound();
        var round = await db.Set<DrawRound>().Where(r => r.TaskId == taskId).OrderByDescending(r => r.Number).FirstOrDefaultAsync(ct)
            ?? throw ShianException.Conflict(RandomChecksErrors.NotCommitted);
        if (round.Status != RoundStatus.Committed)
        {
            throw ShianException.Conflict(RandomChecksErrors.AlreadyDrawn);
        }

        var snapshot = await db.Set<PoolSnapshot>().AsNoTracking().FirstAsync(s => s.RoundId == round.Id, ct);
        var seedHex = _seeds.Unprotect(round.SeedCipher);
        var seed = Convert.FromHexString(seedHex);
        if (DrawAlgorithm.Hash(snapshot.Canonical) != round.PoolHash || DrawAlgorithm.Commitment(seed) != round.Commitment)
        {
            // Only a change made behind the application's back gets here; refuse rather than draw from it.
            throw ShianException.Conflict(RandomChecksErrors.PoolTampered);
        }

        var frozen = DrawAlgorithm.Parse(snapshot.Canonical);
        var outcome = DrawAlgorithm.Draw(seed, frozen);
        var now = time.GetUtcNow();
        if (outcome.Failure is { } failure)
        {
            // Kept on the round (and shown on the public record) in the language of the day it happened.
            var message = Messages.Get(RandomChecksErrors.DrawFailed, failure.Position + 1, failure.CreditCode, failure.Eligible, frozen.InspectorsPerTarget);
            round.Failed(seedHex, now, user.Name, message);
            task.MarkDrawn();
            await db.SaveChangesAsync(ct);
            log.LogWarning("Random-check task {TaskId} round {Round} failed: {Message}", task.Id, round.Number, message);
            throw ShianException.Rule(RandomChecksErrors.NotEnoughInspectors, message);
        }

        var due = task.DueOn ?? await calendar.AddWorkingDaysAsync(Today, await rules.RequireIntAsync(RandomChecksRules.Deadline, RandomChecksRules.InspectionWorkingDays, Today, ct), ct);
        var operatorsByCode = Lines(snapshot.Targets).ToDictionary(l => l[0], StringComparer.Ordinal);
        var names = Lines(snapshot.Inspectors).ToDictionary(l => l[0], l => l[1], StringComparer.Ordinal);
        foreach (var target in outcome.Targets)
        {
            var op = operatorsByCode[target.CreditCode];
            db.Add(new Assignment
            {
                TaskId = task.Id,
                RoundId = round.Id,
                Position = target.Position,
                OperatorId = Guid.Parse(op[1]),
                CreditCode = target.CreditCode,
                JurisdictionCode = op[2],
                OperatorName = op[3],
                DueOn = due,
                Inspectors = target.Inspectors.Select((id, order) => new AssignmentInspector
                {
                    Order = order,
                    UserId = Guid.Parse(id),
                    DisplayName = names[id],
                }).ToList(),
            });
        }

        round.Drawn(seedHex, now, user.Name);
        task.MarkDrawn();
        await db.SaveChangesAsync(ct);
        log.LogInformation("Random-check task {TaskId} round {Round} drawn by {User}: {Targets} targets, seed {Seed} revealed",
            task.Id, round.Number, user.Name, outcome.Targets.Count, seedHex);
        return CheckTasks.ToView(round);
    }

    private DateOnly Today => time.ChinaToday();

    /// <summary>A re-commit: needs a reason, and is refused once any drawn target has a result.</summary>
    private async Task SupersedeAsync(DrawRound previous, string? reason, CancellationToken ct)
    {
        if (reason is null)
        {
            throw ShianException.InvalidFields(RandomChecksErrors.ReasonRequired, [("reason", RandomChecksErrors.ReasonMissing)]);
        }

        var assignments = await db.Set<Assignment>().Unscoped("a re-draw cancels every target of the superseded round, wherever it lies").Where(a => a.RoundId == previous.Id).ToListAsync(ct);
        if (assignments.Any(a => a.Status == AssignmentStatus.Done))
        {
            throw ShianException.Conflict(RandomChecksErrors.ResultsExist);
        }

        assignments.ForEach(a => a.Cancel());
        previous.Supersede(previous.Status == RoundStatus.Committed ? _seeds.Unprotect(previous.SeedCipher) : null);
    }

    /// <summary>
    /// The 检查对象名录库: active operators of the task's area and category through <see cref="IOperatorPool"/>, and,
    /// when the task filters by risk grade, only those whose current grade (RiskGrading, one streamed read of the
    /// area's grades in those letters) is one of them. Sorted by credit code.
    /// </summary>
    private async Task<List<PoolOperator>> ReadPoolAsync(CheckTask task, CancellationToken ct)
    {
        var prefix = JurisdictionCodes.ScopePrefix(task.JurisdictionCode);
        var grades = task.GradeList;
        Dictionary<Guid, string>? graded = null;
        if (grades.Count > 0)
        {
            // One query for the whole area, read before the pool: both stream on this request's context.
            graded = [];
            await foreach (var grade in riskGrades.StreamLettersAsync(prefix, grades, ct))
            {
                graded[grade.OperatorId] = grade.Grade;
            }
        }

        var pool = new List<PoolOperator>();
        await foreach (var entry in operators.StreamAsync(new OperatorPoolFilter(prefix, task.Category), ct))
        {
            if (graded is null)
            {
                pool.Add(new PoolOperator(entry.Id, entry.CreditCode, entry.JurisdictionCode, entry.Name, ""));
            }
            else if (graded.TryGetValue(entry.Id, out var grade))
            {
                pool.Add(new PoolOperator(entry.Id, entry.CreditCode, entry.JurisdictionCode, entry.Name, grade));
            }
        }

        // The providers' collations may order differently; the published order is ordinal.
        pool.Sort((a, b) => string.CompareOrdinal(a.CreditCode, b.CreditCode));
        if (pool.Count == 0)
        {
            throw ShianException.Rule(RandomChecksErrors.EmptyPool, grades.Count > 0
                ? Messages.Get(RandomChecksErrors.EmptyPoolOfGrades, string.Join("、", grades))
                : Messages.Get(RandomChecksErrors.EmptyPoolOfArea));
        }

        return pool;
    }

    /// <summary>An operator of the frozen pool; <paramref name="Grade"/> is its grade at commit when the task filters by grade, else empty.</summary>
    private sealed record PoolOperator(Guid Id, string CreditCode, string JurisdictionCode, string Name, string Grade);

    private static int TargetsToDraw(CheckTask task, int poolSize)
    {
        if (task.Count is { } count)
        {
            return count <= poolSize
                ? count
                : throw ShianException.Rule(RandomChecksErrors.CountExceedsPool, count, poolSize);
        }

        // Rounded up: a proportion of a small pool still draws at least one operator.
        return (int)Math.Min(poolSize, Math.Ceiling(poolSize * task.Proportion!.Value / 100m));
    }

    /// <summary>Users with the Inspector role posted inside the task's district (or anywhere in the city for a city task).</summary>
    private async Task<List<(Guid Id, string DisplayName)>> InspectorPoolAsync(CheckTask task, CancellationToken ct)
    {
        var prefix = JurisdictionCodes.IsTown(task.JurisdictionCode)
            ? JurisdictionCodes.DistrictOf(task.JurisdictionCode)
            : JurisdictionCodes.ScopePrefix(task.JurisdictionCode);
        var inspectorRole = db.Roles.Where(r => r.Name == Roles.Inspector).Select(r => r.Id);
        var rows = await db.Users.AsNoTracking()
            .Where(u => u.JurisdictionCode.StartsWith(prefix) && db.UserRoles.Any(ur => ur.UserId == u.Id && inspectorRole.Contains(ur.RoleId)))
            .Select(u => new { u.Id, u.DisplayName, u.UserName })
            .ToListAsync(ct);
        return rows.Select(u => (u.Id, string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName ?? "" : u.DisplayName)).ToList();
    }

    /// <summary>
    /// "creditCode inspectorId" for every pool operator an inspector of the pool inspected in the last N months (rule)
    /// or declared a conflict with. Frozen with the pool, so later events cannot change a committed draw.
    /// </summary>
    private async Task<List<string>> RecusalsAsync(List<PoolOperator> pool, List<(Guid Id, string DisplayName)> inspectors, DateOnly today, CancellationToken ct)
    {
        var months = await rules.RequireIntAsync(RandomChecksRules.Recusal, RandomChecksRules.RecentInspectionMonths, Today, ct);
        var since = today.AddMonths(-months);
        var codes = pool.ToDictionary(p => p.Id, p => p.CreditCode);
        var inspectorIds = inspectors.Select(i => i.Id).ToList();
        var recent = await db.Set<InspectionRecord>().AsNoTracking()
            .Where(r => r.InspectedOn >= since && inspectorIds.Contains(r.InspectorUserId))
            .Select(r => new { r.OperatorId, r.InspectorUserId })
            .ToListAsync(ct);
        var declared = await db.Set<ConflictDeclaration>().AsNoTracking()
            .Where(c => c.WithdrawnAt == null && inspectorIds.Contains(c.InspectorUserId))
            .Select(c => new { c.OperatorId, c.InspectorUserId })
            .ToListAsync(ct);
        return recent.Concat(declared)
            .Where(r => codes.ContainsKey(r.OperatorId))
            .Select(r => $"{codes[r.OperatorId]} {Id(r.InspectorUserId)}")
            .ToList();
    }

    internal static string Id(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);

    internal static IEnumerable<string[]> Lines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t'));

    private static string Clean(string name) => name.Replace('\t', ' ').Replace('\n', ' ');

    private static ShianException TaskNotFound() => ShianException.NotFound(RandomChecksErrors.TaskNotFound);
}
