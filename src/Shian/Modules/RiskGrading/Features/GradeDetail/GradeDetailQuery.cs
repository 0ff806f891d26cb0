using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.RiskGrading.Domain;
using Shian.Shared.Persistence;

namespace Shian.Modules.RiskGrading.Features.GradeDetail;

/// <summary>An operator's grade with breakdown, history and recorded events, scoped to the caller; the pages and the API call this.</summary>
internal sealed class GradeDetailQuery(ShianDbContext db, IOperatorDirectory directory, IJurisdictionDirectory jurisdictions)
{
    /// <summary>The operator's grade with breakdown, history and the events recorded for it; null outside scope.</summary>
    public async Task<GradeDetails?> DetailsAsync(Guid operatorId, CancellationToken ct)
    {
        var grade = await db.Set<OperatorGrade>().AsNoTracking().FirstOrDefaultAsync(g => g.OperatorId == operatorId, ct);
        if (grade is null)
        {
            return null;
        }

        var history = await db.Set<GradeHistoryEntry>().AsNoTracking().Where(h => h.OperatorId == operatorId)
            .OrderByDescending(h => h.At).Take(50).ToListAsync(ct);
        var events = await db.Set<RiskEvent>().AsNoTracking().Where(e => e.OperatorId == operatorId)
            .OrderByDescending(e => e.OccurredOn).Take(50)
            .Select(e => new RiskEventView(e.Id, e.Kind, e.SourceKey, e.OccurredOn, e.Description)).ToListAsync(ct);
        var name = (await directory.FindAsync(operatorId, ct))?.Name;
        return new GradeDetails(
            grade.OperatorId, name, grade.JurisdictionCode, await jurisdictions.DisplayNameAsync(grade.JurisdictionCode, ct), grade.Grade, grade.ScoreGrade,
            grade.StaticScore, grade.DynamicScore, grade.TotalScore, grade.Priority, grade.SeriousViolationListed, grade.GradedAt, grade.FirstGradedAt,
            grade.Trigger, grade.EntityType is not null, BreakdownJson.ReadFactors(grade.BreakdownJson),
            [.. history.Select(h => new GradeHistoryView(h.At, h.FromGrade, h.ToGrade, h.FromScore, h.TotalScore, h.StaticScore, h.DynamicScore, h.Trigger, h.Reason, h.ActorName, BreakdownJson.ReadFactors(h.BreakdownJson)))],
            events);
    }
}

internal sealed record GradeDetails(
    Guid OperatorId, string? OperatorName, string JurisdictionCode, string TownName, string Grade, string ScoreGrade, decimal StaticScore,
    decimal DynamicScore, decimal TotalScore, bool Priority, bool SeriousViolationListed, DateTimeOffset GradedAt, DateTimeOffset FirstGradedAt,
    string Trigger, bool ProfileComplete, IReadOnlyList<ScoreFactor> Breakdown, IReadOnlyList<GradeHistoryView> History, IReadOnlyList<RiskEventView> Events);

internal sealed record GradeHistoryView(
    DateTimeOffset At, string? FromGrade, string ToGrade, decimal? FromScore, decimal TotalScore, decimal StaticScore, decimal DynamicScore,
    string Trigger, string Reason, string ActorName, IReadOnlyList<ScoreFactor> Breakdown);

internal sealed record RiskEventView(Guid Id, string Kind, string Source, DateOnly OccurredOn, string Description);
