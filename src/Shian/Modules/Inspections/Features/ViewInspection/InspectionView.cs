using Shian.Modules.Inspections.Features.FollowUp;
using Shian.Modules.Inspections.Features.ListInspections;
using Shian.Modules.Inspections.Features.Referrals;

namespace Shian.Modules.Inspections.Features.ViewInspection;

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
