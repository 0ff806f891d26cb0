using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.RiskGrading.Domain;

/// <summary>
/// An operator's current risk grade: one row per operator, with the scores, the breakdown (every factor with its
/// rule row and citation, as JSON), the year's annual adjustment and the profile snapshot it was computed from.
/// Every change is in the audit ledger; <see cref="GradeHistoryEntry"/> keeps each grading.
/// </summary>
internal sealed class OperatorGrade : Entity, IAudited, IJurisdictionScoped
{
    public Guid OperatorId { get; init; }

    public string JurisdictionCode { get; set; } = "";

    public string Grade { get; set; } = "";

    /// <summary>The grade the score alone gives (before adjustment and override).</summary>
    public string ScoreGrade { get; set; } = "";

    public decimal StaticScore { get; set; }

    public decimal DynamicScore { get; set; }

    public decimal TotalScore { get; set; }

    /// <summary>重点监督检查 (Art. 22).</summary>
    public bool Priority { get; set; }

    public bool SeriousViolationListed { get; set; }

    /// <summary>The factors as JSON (see <see cref="ScoreFactor"/>).</summary>
    public string BreakdownJson { get; set; } = "[]";

    public DateTimeOffset FirstGradedAt { get; init; }

    public DateTimeOffset GradedAt { get; set; }

    /// <summary>What caused the latest grading, e.g. <c>registration</c>, <c>inspections:{id}</c>, <c>annual:2027</c>.</summary>
    public string Trigger { get; set; } = "";

    /// <summary>The annual re-grade in force: year, levels (+ raise, − lower) and why; 0 levels = no change.</summary>
    public int AdjustmentYear { get; set; }

    public int AdjustmentLevels { get; set; }

    public string? AdjustmentJson { get; set; }

    // Profile snapshot: what the static score was computed from.
    public string CreditCode { get; set; } = "";

    public string CategoryCodes { get; set; } = "";

    /// <summary>Null until the operator's file was read (a newcomer graded from its registration event alone).</summary>
    public string? EntityType { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;

    public OperatorProfile Profile() => new(
        OperatorId, CreditCode, JurisdictionCode, CategoryCodes.Split(';', StringSplitOptions.RemoveEmptyEntries), EntityType, RegisteredAt);
}
