using Shian.Shared.Kernel;

namespace Shian.Modules.Penalties.Contracts;

/// <summary>
/// A penalty decision against the operator took effect (raised by Penalties next to the decision).
/// <paramref name="Kinds"/> are warning, fine, confiscation, suspension and/or revocation; <paramref name="Intentional"/>
/// marks an intentional violation. RiskGrading moves the dynamic score; Catering suspends rating.
/// </summary>
public sealed record PenaltyDecided(
    Guid CaseId, Guid OperatorId, IReadOnlyList<string> Kinds, bool Intentional, string DecisionNumber, DateOnly DecidedOn) : IDomainEvent;
