using Shian.Shared.Kernel;

namespace Shian.Modules.Licensing.Contracts;

/// <summary>
/// A licence was issued (new 食品经营许可证 JY, or 食品生产许可证 SC), raised in the approval's save. Changes,
/// renewals and replacements keep the number and raise nothing.
/// </summary>
/// <param name="LicenceId">The licence (Licensing module).</param>
/// <param name="Number">JY… or SC… number, verifiable at <c>/verify/licence/{number}</c>.</param>
/// <param name="OperatorId">The holder.</param>
/// <param name="JurisdictionCode">The premises' 9-digit town code.</param>
/// <param name="IssuedOn">First day of validity (China time).</param>
/// <param name="ValidUntil">Last day of validity (inclusive).</param>
/// <param name="ByCommitment">Granted on commitment (告知承诺); a post-approval check follows.</param>
public sealed record LicenceIssued(
    Guid LicenceId, string Number, Guid OperatorId, string JurisdictionCode, DateOnly IssuedOn, DateOnly ValidUntil, bool ByCommitment) : IDomainEvent;

/// <summary>
/// A licence was revoked (吊销) by an administrative penalty decision, raised in the revocation's save. The
/// holder's legal representative is then banned (Food Safety Law Art. 135); Licensing records that ban through
/// Credit's <c>IIndustryBanRegistry</c> in the same save.
/// </summary>
/// <param name="LicenceId">The licence (Licensing module).</param>
/// <param name="Number">Its number.</param>
/// <param name="OperatorId">The holder.</param>
/// <param name="JurisdictionCode">The premises' 9-digit town code.</param>
/// <param name="DecisionNumber">处罚决定书文号.</param>
/// <param name="DecidedOn">The decision day; the licence ends that day.</param>
/// <param name="Reason">Why, as written in the decision.</param>
public sealed record LicenceRevoked(
    Guid LicenceId, string Number, Guid OperatorId, string JurisdictionCode, string DecisionNumber, DateOnly DecidedOn, string Reason) : IDomainEvent;
