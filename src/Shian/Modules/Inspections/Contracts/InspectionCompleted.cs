using Shian.Shared.Kernel;

namespace Shian.Modules.Inspections.Contracts;

/// <summary>
/// An inspection was signed off (the operator acknowledged it, or the inspectors recorded a refusal): its result
/// is final and public. Raised in the sign-off's save; RiskGrading re-grades, Catering rates the catering score,
/// RandomChecks records who inspected whom (recusal) and closes drawn targets, Portal publishes.
/// </summary>
/// <param name="InspectionId">The inspection (Inspections module).</param>
/// <param name="OperatorId">The inspected operator.</param>
/// <param name="PremisesId">The inspected premises, when the operator has several.</param>
/// <param name="JurisdictionCode">The premises' 9-digit town code.</param>
/// <param name="Kind">routine (日常), flying (飞行), system (体系), special (专项) or post_licence (许可后核查).</param>
/// <param name="Sector">The checklist's sector: production, sales or catering.</param>
/// <param name="Result">符合 / 基本符合 / 不符合, derived from the items.</param>
/// <param name="KeyItemsFailed">Key items (重点项) found not conforming.</param>
/// <param name="GeneralItemsFailed">General items (一般项) found not conforming.</param>
/// <param name="Score">Points earned ÷ points applicable × 100 over the checklist's scored items (合理缺项 excluded); null when nothing was scored.</param>
/// <param name="InspectedOn">The inspection day (China time).</param>
/// <param name="PublishBy">The last day the result may be published (inspection day + the publication rule's working days).</param>
/// <param name="InspectorUserIds">The inspectors (at least two).</param>
/// <param name="SourceReference">What ordered the inspection, e.g. <c>randomchecks:{taskId}</c> or <c>licensing:{checkId}</c>; null for plan work.</param>
/// <param name="ResultDocumentCode">Verification code of the 检查结果记录表 PDF (<c>/verify/document/{code}</c>).</param>
public sealed record InspectionCompleted(
    Guid InspectionId,
    Guid OperatorId,
    Guid? PremisesId,
    string JurisdictionCode,
    string Kind,
    string Sector,
    InspectionResult Result,
    int KeyItemsFailed,
    int GeneralItemsFailed,
    decimal? Score,
    DateOnly InspectedOn,
    DateOnly PublishBy,
    IReadOnlyList<Guid> InspectorUserIds,
    string? SourceReference,
    string? ResultDocumentCode) : IDomainEvent;

/// <summary>符合 / 基本符合 / 不符合 (cn_rules §2).</summary>
public enum InspectionResult
{
    /// <summary>符合: no nonconformity.</summary>
    Conforms,

    /// <summary>基本符合: only trivial general-item nonconformities, fixed on the spot or by a deadline.</summary>
    BasicallyConforms,

    /// <summary>不符合: a key-item nonconformity or a general one that affects safety; proposes a case.</summary>
    DoesNotConform,
}
