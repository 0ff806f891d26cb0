using Shian.Modules.Inspections.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Inspections.Domain;

/// <summary>
/// One supervision inspection of one operator's premises. A draft is saved item by item; signing it off fixes
/// the result and makes the record immutable (<see cref="EnsureDraft"/>). Corrections are amendments: new
/// inspections that point to the one they correct (<see cref="AmendsInspectionId"/>).
/// Scoped to the premises' town.
/// </summary>
internal sealed class Inspection : Entity, IAudited, IJurisdictionScoped
{
    public string Number { get; private set; } = "";

    public string Kind { get; init; } = "";

    public string Sector { get; init; } = "";

    public Guid ChecklistId { get; init; }

    public int ChecklistVersion { get; init; }

    public Guid OperatorId { get; init; }

    public string OperatorName { get; init; } = "";

    public string OperatorCreditCode { get; init; } = "";

    public Guid? PremisesId { get; init; }

    public string PremisesAddress { get; init; } = "";

    public string JurisdictionCode { get; init; } = "";

    public DateOnly InspectedOn { get; init; }

    /// <summary>Comma-separated user ids of the inspectors (at least the rule's minimum).</summary>
    public string InspectorIds { get; init; } = "";

    /// <summary>Their display names, in the same order, for records and documents.</summary>
    public string InspectorNames { get; init; } = "";

    public string? SourceReference { get; init; }

    public Guid? AmendsInspectionId { get; init; }

    public string? AmendmentReason { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string CreatedBy { get; init; } = "";

    public InspectionStatus Status { get; private set; } = InspectionStatus.Draft;

    public InspectionResult? Result { get; private set; }

    public int KeyItemsFailed { get; private set; }

    public int GeneralItemsFailed { get; private set; }

    public decimal? Score { get; private set; }

    /// <summary>责令整改 and other measures ordered on site.</summary>
    public string? Measures { get; private set; }

    public int? RectificationWorkingDays { get; private set; }

    public DateOnly? RectificationDueOn { get; private set; }

    /// <summary>The person on site who acknowledged the record (typed name).</summary>
    public string? AcknowledgedBy { get; private set; }

    public bool RefusedToSign { get; private set; }

    public string? RefusalReason { get; private set; }

    public DateTimeOffset? SignedAt { get; private set; }

    public string? SignedBy { get; private set; }

    public DateOnly? PublishBy { get; private set; }

    /// <summary>The day the result went public (set by the publication handler on sign-off).</summary>
    public DateOnly? PublishedOn { get; private set; }

    public Guid? RecordDocumentId { get; private set; }

    public string? RecordDocumentCode { get; private set; }

    public Guid? ResultDocumentId { get; private set; }

    public string? ResultDocumentCode { get; private set; }

    public IReadOnlyList<Guid> Inspectors =>
        [.. InspectorIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)];

    public bool IsSigned => Status == InspectionStatus.Signed;

    /// <summary>JC + inspection day + the random tail of the time-ordered id: unique (index), readable on paper.</summary>
    public void AssignNumber() => Number = $"JC{InspectedOn:yyyyMMdd}{Id.ToString("N")[^6..].ToUpperInvariant()}";

    /// <summary>A signed inspection is a legal record: nothing on it changes any more.</summary>
    public void EnsureDraft()
    {
        if (IsSigned)
        {
            throw ShianException.Conflict(InspectionsErrors.SignedImmutable);
        }
    }

    public void SignOff(SignOffFacts facts)
    {
        EnsureDraft();
        Status = InspectionStatus.Signed;
        Result = facts.Result;
        KeyItemsFailed = facts.KeyItemsFailed;
        GeneralItemsFailed = facts.GeneralItemsFailed;
        Score = facts.Score;
        Measures = facts.Measures;
        RectificationWorkingDays = facts.RectificationWorkingDays;
        RectificationDueOn = facts.RectificationDueOn;
        AcknowledgedBy = facts.AcknowledgedBy;
        RefusedToSign = facts.RefusedToSign;
        RefusalReason = facts.RefusalReason;
        SignedAt = facts.SignedAt;
        SignedBy = facts.SignedBy;
        PublishBy = facts.PublishBy;
    }

    public void AttachDocuments(Guid recordId, string recordCode, Guid resultId, string resultCode)
    {
        RecordDocumentId = recordId;
        RecordDocumentCode = recordCode;
        ResultDocumentId = resultId;
        ResultDocumentCode = resultCode;
    }

    /// <summary>Publication is the one thing that happens after sign-off, once, by the sign-off's own event.</summary>
    public void MarkPublished(DateOnly on) => PublishedOn ??= on;
}

/// <summary>Everything the sign-off fixes on the record.</summary>
internal sealed record SignOffFacts(
    InspectionResult Result, int KeyItemsFailed, int GeneralItemsFailed, decimal? Score, string? Measures,
    int? RectificationWorkingDays, DateOnly? RectificationDueOn, string? AcknowledgedBy, bool RefusedToSign,
    string? RefusalReason, DateTimeOffset SignedAt, string SignedBy, DateOnly PublishBy);
