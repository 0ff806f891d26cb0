using Shian.Shared.Kernel;

namespace Shian.Modules.Complaints.Contracts;

/// <summary>A complaint or report about the operator was verified as true (raised by Complaints). RiskGrading moves the dynamic score.</summary>
public sealed record ComplaintVerified(Guid ComplaintId, Guid OperatorId, DateOnly VerifiedOn) : IDomainEvent;
