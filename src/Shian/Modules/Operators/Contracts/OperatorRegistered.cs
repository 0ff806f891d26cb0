using Shian.Shared.Kernel;

namespace Shian.Modules.Operators.Contracts;

/// <summary>
/// A new operator's file was opened (by staff, by Registration's approval, or by an import). Raised in the
/// registering save; RiskGrading gives the newcomer its first grade from this.
/// </summary>
public sealed record OperatorRegistered(
    Guid OperatorId, string JurisdictionCode, IReadOnlyList<string> Categories, DateTimeOffset RegisteredAt) : IDomainEvent;
