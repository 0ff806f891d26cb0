namespace Shian.Modules.Inspections.Features.Conduct;

public sealed record InspectionSummary(
    Guid Id, string Number, string Kind, string Sector, Guid OperatorId, string OperatorName, string PremisesAddress,
    string JurisdictionCode, DateOnly InspectedOn, string Status, string? Result, Guid? AmendsInspectionId);

internal sealed record InspectionView(
    Guid Id, string Number, string Kind, string KindName, string Sector, string SectorName, Guid ChecklistId, int ChecklistVersion,
    Guid OperatorId, string OperatorName, string OperatorCreditCode, Guid? PremisesId, string PremisesAddress, string JurisdictionCode,
    DateOnly InspectedOn, IReadOnlyList<Guid> InspectorUserIds, string InspectorNames, string? SourceReference,
    Guid? AmendsInspectionId, string? AmendmentReason, string Status, string? Result, string? ResultName, int KeyItemsFailed,
    int GeneralItemsFailed, decimal? Score, string? Measures, int? RectificationWorkingDays, DateOnly? RectificationDueOn,
    string? AcknowledgedBy, bool RefusedToSign, string? RefusalReason, DateTimeOffset? SignedAt, string? SignedBy,
    DateOnly? PublishBy, DateOnly? PublishedOn, string? RecordDocumentCode, string? ResultDocumentCode,
    IReadOnlyList<InspectionItemView> Items, IReadOnlyList<ReferralView> Referrals, IReadOnlyList<ReInspectionTaskView> Tasks,
    IReadOnlyList<InspectionSummary> Amendments)
{
    public int Open => Items.Count(i => i.Outcome is null);
}

internal sealed record InspectionItemView(
    Guid Id, string Number, string Area, string Text, bool IsKey, int Points, string Citation, string? Outcome,
    bool AffectsSafety, string? Note, IReadOnlyList<string> PhotoSha256);

internal sealed record ReferralView(
    Guid Id, Guid InspectionId, string InspectionNumber, Guid OperatorId, string OperatorName, string JurisdictionCode,
    string Reason, string Status, DateTimeOffset ProposedAt);

internal sealed record ReInspectionTaskView(
    Guid Id, Guid InspectionId, string InspectionNumber, Guid OperatorId, string OperatorName, Guid? PremisesId,
    string JurisdictionCode, DateOnly DueOn, string Measures, string Status, Guid? ClosedByInspectionId, bool Overdue);

/// <summary>What the public sees: no personal data (no inspector, no signatory, no notes).</summary>
public sealed record PublicInspectionView(
    Guid Id, string Number, string OperatorName, string PremisesAddress, string Town, string Kind, DateOnly InspectedOn,
    string Result, DateOnly PublishedOn, DateOnly PublishBy, string PublicationCitation, string? ResultDocumentCode);
