using Shian.Shared.Kernel;

namespace Shian.Modules.RiskGrading.Contracts;

// Events other modules raise (db.Raise(...) next to their change) to move an operator's dynamic risk score.
// RiskGrading records each once (by its source id) and re-grades the operator in the same save.

/// <summary>
/// A sample of the operator's food failed (Sampling). <paramref name="Level"/> is the plan's level: national,
/// provincial, city or county; national and provincial failures also raise the grade at the annual re-grade.
/// </summary>
public sealed record SamplingFailed(
    Guid SampleId, Guid OperatorId, string Level, string Product, DateOnly DecidedOn) : IDomainEvent;

/// <summary>
/// A penalty decision against the operator took effect (Penalties). <paramref name="Kinds"/> are warning, fine,
/// confiscation, suspension and/or revocation; <paramref name="Intentional"/> marks an intentional violation.
/// </summary>
public sealed record PenaltyDecided(
    Guid CaseId, Guid OperatorId, IReadOnlyList<string> Kinds, bool Intentional, string DecisionNumber, DateOnly DecidedOn) : IDomainEvent;

/// <summary>A complaint or report about the operator was verified as true (Complaints).</summary>
public sealed record ComplaintVerified(Guid ComplaintId, Guid OperatorId, DateOnly VerifiedOn) : IDomainEvent;

/// <summary>A food-safety incident at the operator was recorded (Incidents). <paramref name="Severity"/> I–IV or general.</summary>
public sealed record IncidentRecorded(Guid IncidentId, Guid OperatorId, string Severity, DateOnly OccurredOn) : IDomainEvent;

/// <summary>
/// RiskGrading changed an operator's grade letter (raised in the grading save): Portal republishes, RandomChecks
/// may redraw. <paramref name="From"/> is null for a first grade.
/// </summary>
public sealed record RiskGradeChanged(
    Guid OperatorId, string JurisdictionCode, string? From, string To, decimal TotalScore, string Reason, DateTimeOffset At) : IDomainEvent;
