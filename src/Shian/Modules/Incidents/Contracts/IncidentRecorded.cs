using Shian.Shared.Kernel;

namespace Shian.Modules.Incidents.Contracts;

/// <summary>
/// A food-safety incident at the operator was recorded (raised by Incidents). <paramref name="Severity"/> is I–IV or
/// general. RiskGrading moves the dynamic score; Catering suspends rating.
/// </summary>
public sealed record IncidentRecorded(Guid IncidentId, Guid OperatorId, string Severity, DateOnly OccurredOn) : IDomainEvent;
