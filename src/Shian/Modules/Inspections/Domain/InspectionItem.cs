using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Inspections.Domain;

/// <summary>
/// One checklist point as found in one inspection. The point's text, area, key flag and points are copied from
/// the checklist version when the inspection starts, so a later checklist version never changes this record.
/// </summary>
internal sealed class InspectionItem : Entity, IAudited, IJurisdictionScoped
{
    public Guid InspectionId { get; init; }

    public string JurisdictionCode { get; init; } = "";

    public Guid ChecklistItemId { get; init; }

    public string Number { get; init; } = "";

    public int Order { get; init; }

    public string Area { get; init; } = "";

    public string Text { get; init; } = "";

    public bool IsKey { get; init; }

    public int Points { get; init; }

    public string Citation { get; init; } = "";

    public ItemOutcome? Outcome { get; set; }

    /// <summary>For a general item not conforming: the inspector judged it to affect food safety (→ 不符合).</summary>
    public bool AffectsSafety { get; set; }

    public string? Note { get; set; }

    public DateTimeOffset? RecordedAt { get; set; }

    public ItemFinding Finding => new(IsKey, Points, Outcome, AffectsSafety);
}

/// <summary>A photo taken as evidence for an item; the bytes live in the file store under their SHA-256.</summary>
internal sealed class InspectionPhoto : Entity, IAudited, IJurisdictionScoped
{
    public Guid InspectionId { get; init; }

    public Guid ItemId { get; init; }

    public string JurisdictionCode { get; init; } = "";

    public string Sha256 { get; init; } = "";

    public string ContentType { get; init; } = "";

    public long Length { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    public string UploadedBy { get; init; } = "";
}

/// <summary>
/// The follow-up of a rectification order: re-inspect the operator once the deadline has passed. Open until an
/// inspection started from it (source <c>inspections:reinspection:{id}</c>) is signed off.
/// </summary>
internal sealed class ReInspectionTask : Entity, IAudited, IJurisdictionScoped
{
    public Guid InspectionId { get; init; }

    public string InspectionNumber { get; init; } = "";

    public Guid OperatorId { get; init; }

    public string OperatorName { get; init; } = "";

    public Guid? PremisesId { get; init; }

    public string JurisdictionCode { get; init; } = "";

    public DateOnly DueOn { get; init; }

    public string Measures { get; init; } = "";

    public string Status { get; private set; } = Open;

    public Guid? ClosedByInspectionId { get; private set; }

    /// <summary>The source reference of an inspection started from this task: the prefix and the task id.</summary>
    public const string SourcePrefix = "inspections:reinspection:";

    public const string Open = "open";
    public const string Done = "done";

    public void Close(Guid inspectionId)
    {
        Status = Done;
        ClosedByInspectionId = inspectionId;
    }
}

/// <summary>
/// A 不符合 result proposes a case (令第49号 第三十二、三十三条). The Penalties module will take these over through
/// <c>PenaltyReferralProposed</c>; until it exists the referral waits here, visibly pending.
/// </summary>
internal sealed class PenaltyReferral : Entity, IAudited, IJurisdictionScoped
{
    public Guid InspectionId { get; init; }

    public string InspectionNumber { get; init; } = "";

    public Guid OperatorId { get; init; }

    public string OperatorName { get; init; } = "";

    public string JurisdictionCode { get; init; } = "";

    public string Reason { get; init; } = "";

    public DateTimeOffset ProposedAt { get; init; }

    public string Status { get; init; } = Pending;

    public const string Pending = "pending_penalties_module";
}
