using Shian.Shared.Kernel;

namespace Shian.Modules.RiskGrading.Contracts;

/// <summary>
/// RiskGrading changed an operator's grade letter (raised in the grading save): Portal republishes, RandomChecks
/// may redraw. <paramref name="From"/> is null for a first grade.
/// </summary>
public sealed record RiskGradeChanged(
    Guid OperatorId, string JurisdictionCode, string? From, string To, decimal TotalScore, string Reason, DateTimeOffset At) : IDomainEvent;
