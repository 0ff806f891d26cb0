using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.RiskGrading.Domain;

/// <summary>
/// A district's annual inspection frequency plan (监督检查计划), generated from the current grades. Scoped by the
/// district code, so district staff see their own plan and town staff none. Regenerating replaces it.
/// </summary>
internal sealed class InspectionPlan : Entity, IAudited, IJurisdictionScoped
{
    /// <summary>The district's 6-digit code: every town of the district starts with it.</summary>
    public string JurisdictionCode { get; init; } = "";

    public int Year { get; init; }

    public DateTimeOffset GeneratedAt { get; init; }

    public string GeneratedBy { get; init; } = "";

    public int OperatorCount { get; init; }

    public int RequiredInspections { get; init; }

    public int InspectorCount { get; init; }

    public int UnassignedCount { get; init; }

    /// <summary>The frequency, priority and coverage rules applied, with citations (JSON list of {rule, value, citation, confidence}).</summary>
    public string RulesJson { get; init; } = "[]";
}

/// <summary>One operator in a plan: how many inspections it needs this year, whether one must cover every point, and who.</summary>
internal sealed class PlanItem : Entity, IJurisdictionScoped
{
    public Guid PlanId { get; set; }

    public Guid OperatorId { get; init; }

    public string OperatorName { get; init; } = "";

    public string CreditCode { get; init; } = "";

    /// <summary>The operator's town.</summary>
    public string JurisdictionCode { get; init; } = "";

    public string Grade { get; init; } = "";

    public decimal TotalScore { get; init; }

    public bool Priority { get; init; }

    public int RequiredInspections { get; init; }

    /// <summary>Not fully inspected in the previous year: one of this year's inspections must cover all points (Art. 22).</summary>
    public bool FullCoverageRequired { get; init; }

    public Guid? InspectorUserId { get; set; }

    public string? InspectorName { get; set; }

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;
}

/// <summary>A rule row a plan was generated with, with its citation and confidence mark (stored as <see cref="InspectionPlan.RulesJson"/>).</summary>
internal sealed record RuleApplied(string RuleSet, string Key, string Value, string? Unit, string Citation, string Confidence);
