using Shian.Shared.Kernel;

namespace Shian.Modules.Inspections.Contracts;

/// <summary>
/// A signed-off inspection found 不符合 (a key item failed, or a general one affecting food safety), which calls for
/// 依法调查处理 (令第49号 第三十二、三十三条). Raised in the sign-off's save together with <see cref="InspectionCompleted"/>.
/// Inspections keeps the referral as <c>pending_penalties_module</c> until the Penalties module consumes this event
/// (e.g. opens a 线索 / case-lead from it) and takes the referral over.
/// </summary>
/// <param name="ReferralId">The referral record (Inspections module, table <c>inspections_penalty_referral</c>).</param>
/// <param name="InspectionId">The inspection that found it.</param>
/// <param name="OperatorId">The operator concerned.</param>
/// <param name="JurisdictionCode">The premises' 9-digit town code.</param>
/// <param name="InspectedOn">The inspection day, when the facts were found (China time).</param>
/// <param name="Reason">Chinese summary: which items failed, with their citations.</param>
/// <param name="FailedItemNumbers">Checklist numbers of the failed items (e.g. 2.1).</param>
public sealed record PenaltyReferralProposed(
    Guid ReferralId,
    Guid InspectionId,
    Guid OperatorId,
    string JurisdictionCode,
    DateOnly InspectedOn,
    string Reason,
    IReadOnlyList<string> FailedItemNumbers) : IDomainEvent;
