using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.RiskGrading.Domain;

/// <summary>
/// One grading that changed the grade or the score: before/after, scores, the breakdown then, and what caused it.
/// A record of events (like the timeline), so not itself audited: the current-grade row's changes are.
/// </summary>
internal sealed class GradeHistoryEntry : Entity, IJurisdictionScoped
{
    public Guid OperatorId { get; init; }

    public string JurisdictionCode { get; init; } = "";

    public DateTimeOffset At { get; init; }

    public string? FromGrade { get; init; }

    public string ToGrade { get; init; } = "";

    public decimal? FromScore { get; init; }

    public decimal TotalScore { get; init; }

    public decimal StaticScore { get; init; }

    public decimal DynamicScore { get; init; }

    public string Trigger { get; init; } = "";

    /// <summary>Why, in Chinese (written from the resources at the time, e.g. Reason_Inspection).</summary>
    public string Reason { get; init; } = "";

    public string BreakdownJson { get; init; } = "[]";

    public string ActorName { get; init; } = "";

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;
}
