using Microsoft.EntityFrameworkCore;
using Shian.Modules.Credit.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.RiskGrading.Contracts;
using Shian.Modules.RiskGrading.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.RiskGrading.Features.Regrade;

/// <summary>
/// Grades one operator inside the caller's unit of work (event handlers, manual re-grade): reads its profile,
/// recorded events, the year's adjustment and the serious-violation list, scores it, and writes the current
/// grade, a history entry when something changed, a timeline entry and <see cref="RiskGradeChanged"/> when the
/// letter changed. Never saves: the caller's save commits it with the change that caused it.
/// </summary>
internal sealed class RiskGrader(
    ShianDbContext db,
    RiskModelLoader models,
    ICreditChecks credit,
    IOperatorDirectory directory,
    IOperatorTimeline timeline,
    CurrentUser user,
    TimeProvider time)
{
    /// <summary>Events older than this never matter (dynamic window 12 months, clean-years review 3 years).</summary>
    public const int EventHistoryYears = 4;

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => time.ChinaToday();

    /// <summary>Adds <paramref name="riskEvent"/> unless its source was recorded before; returns whether it was new.</summary>
    public async Task<bool> RecordAsync(RiskEvent riskEvent, CancellationToken ct)
    {
        if (db.ChangeTracker.Entries<RiskEvent>().Any(e => e.Entity.SourceKey == riskEvent.SourceKey) ||
            await db.Set<RiskEvent>().Unscoped("a source is recorded once city-wide, whoever's save raises it").AnyAsync(e => e.SourceKey == riskEvent.SourceKey, ct))
        {
            return false;
        }

        db.Add(riskEvent);
        return true;
    }

    /// <summary>
    /// The operator's profile: the caller's fresh one, else the snapshot of a complete grade, else Operators'
    /// directory, else an incomplete snapshot; null when the operator is unknown.
    /// </summary>
    public async Task<OperatorProfile?> ProfileAsync(Guid operatorId, CancellationToken ct)
    {
        var grade = await CurrentAsync(operatorId, ct);
        if (grade is { EntityType: not null })
        {
            return grade.Profile();
        }

        if (await directory.FindAsync(operatorId, ct) is { } summary)
        {
            return new OperatorProfile(
                summary.Id, summary.CreditCode, summary.JurisdictionCode, summary.Categories, summary.EntityType, grade?.RegisteredAt ?? Now);
        }

        return grade?.Profile();
    }

    public async Task<OperatorGrade> RegradeAsync(Guid operatorId, string trigger, string reason, OperatorProfile? freshProfile, CancellationToken ct)
    {
        var profile = freshProfile ?? await ProfileAsync(operatorId, ct)
            ?? throw ShianException.NotFound(RiskGradingErrors.OperatorNotFound);
        var grade = await CurrentAsync(operatorId, ct);
        var today = Today;
        var since = today.AddYears(-EventHistoryYears);
        var stored = await db.Set<RiskEvent>().Unscoped("grading reads all of the operator's events, whoever triggers it").AsNoTracking()
            .Where(e => e.OperatorId == operatorId && e.OccurredOn >= since).ToListAsync(ct);
        var pending = db.ChangeTracker.Entries<RiskEvent>()
            .Where(e => e.State == EntityState.Added && e.Entity.OperatorId == operatorId).Select(e => e.Entity);
        var events = stored.Concat(pending).DistinctBy(e => e.Id).Select(e => e.ToData()).ToList();

        var model = await models.LoadAsync(today, ct);
        var listing = await ListingAsync(profile.CreditCode, today, ct);
        var result = RiskScorer.Score(model, profile, events, today, BreakdownJson.ReadAdjustment(grade?.AdjustmentJson), listing);
        // A first grade is not a change: the file's timeline shows grade changes only.
        return await ApplyAsync(grade, profile, result, trigger, reason, alwaysTouch: true, timelineForFirst: false, ct);
    }

    public async Task<ListingOverride?> ListingAsync(string creditCode, DateOnly on, CancellationToken ct) =>
        string.IsNullOrEmpty(creditCode) || await credit.FindSeriousViolationAsync(creditCode, on, ct) is not { } found
            ? null
            : new ListingOverride(found.Reason, found.Decision, found.ListedOn);

    /// <summary>
    /// Writes <paramref name="result"/> onto the operator's grade (new or existing). Unless
    /// <paramref name="alwaysTouch"/>, an unchanged result writes nothing (bulk runs leave the ledger quiet).
    /// </summary>
    public async Task<OperatorGrade> ApplyAsync(
        OperatorGrade? grade, OperatorProfile profile, GradeResult result, string trigger, string reason, bool alwaysTouch, bool timelineForFirst,
        CancellationToken ct, GradeAdjustment? newAdjustment = null, bool setAdjustment = false)
    {
        var breakdown = BreakdownJson.Write(result.Factors);
        var adjustmentJson = setAdjustment ? (newAdjustment is null ? null : BreakdownJson.Write(newAdjustment)) : grade?.AdjustmentJson;
        var categories = ";" + string.Join(';', profile.Categories) + ";";
        var unchanged = grade is not null && grade.Grade == result.Grade && grade.BreakdownJson == breakdown &&
            grade.AdjustmentJson == adjustmentJson && grade.JurisdictionCode == profile.JurisdictionCode &&
            grade.CategoryCodes == categories && grade.EntityType == profile.EntityType && grade.CreditCode == profile.CreditCode;
        if (unchanged && !alwaysTouch)
        {
            return grade!;
        }

        var now = Now;
        var previousGrade = grade?.Grade;
        var previousScore = grade?.TotalScore;
        var scoreChanged = grade is null || grade.TotalScore != result.TotalScore || grade.StaticScore != result.StaticScore;
        if (grade is null)
        {
            grade = new OperatorGrade { OperatorId = profile.OperatorId, FirstGradedAt = now };
            db.Add(grade);
        }

        grade.JurisdictionCode = profile.JurisdictionCode;
        grade.Grade = result.Grade;
        grade.ScoreGrade = result.ScoreGrade;
        grade.StaticScore = result.StaticScore;
        grade.DynamicScore = result.DynamicScore;
        grade.TotalScore = result.TotalScore;
        grade.Priority = result.Priority;
        grade.SeriousViolationListed = result.Factors.Any(f => f.Part == "override");
        grade.BreakdownJson = breakdown;
        grade.GradedAt = now;
        grade.Trigger = trigger.Length > 120 ? trigger[..120] : trigger;
        if (setAdjustment)
        {
            grade.AdjustmentJson = adjustmentJson;
            grade.AdjustmentYear = newAdjustment?.Year ?? 0;
            grade.AdjustmentLevels = newAdjustment?.Levels ?? 0;
        }

        grade.CreditCode = profile.CreditCode;
        grade.CategoryCodes = categories;
        grade.EntityType = profile.EntityType;
        grade.RegisteredAt = profile.RegisteredAt;

        var letterChanged = previousGrade != result.Grade;
        if (letterChanged || scoreChanged)
        {
            db.Add(new GradeHistoryEntry
            {
                OperatorId = profile.OperatorId,
                JurisdictionCode = profile.JurisdictionCode,
                At = now,
                FromGrade = previousGrade,
                ToGrade = result.Grade,
                FromScore = previousScore,
                TotalScore = result.TotalScore,
                StaticScore = result.StaticScore,
                DynamicScore = result.DynamicScore,
                Trigger = grade.Trigger,
                Reason = reason.Length > 500 ? reason[..500] : reason,
                BreakdownJson = breakdown,
                ActorName = user.Name,
            });
        }

        if (letterChanged && (previousGrade is not null || timelineForFirst))
        {
            var title = previousGrade is null
                ? RiskGradingTexts.Zh("Timeline_FirstGrade", result.Grade, RiskModel.Format(result.TotalScore))
                : RiskGradingTexts.Zh("Timeline_GradeChanged", previousGrade, result.Grade, RiskModel.Format(result.TotalScore));
            await timeline.AppendAsync(
                new OperatorTimelineEvent(profile.OperatorId, "RiskGrading", "riskgrading.grade_changed", title, reason, $"/riskgrading/operators/{profile.OperatorId}"), ct);
            db.Raise(new RiskGradeChanged(profile.OperatorId, profile.JurisdictionCode, previousGrade, result.Grade, result.TotalScore, reason, now));
        }

        return grade;
    }

    private async Task<OperatorGrade?> CurrentAsync(Guid operatorId, CancellationToken ct) =>
        db.ChangeTracker.Entries<OperatorGrade>().FirstOrDefault(e => e.Entity.OperatorId == operatorId)?.Entity
        ?? await db.Set<OperatorGrade>().Unscoped("the operator's one grade row is updated whoever's change triggers the grading").FirstOrDefaultAsync(g => g.OperatorId == operatorId, ct);
}
