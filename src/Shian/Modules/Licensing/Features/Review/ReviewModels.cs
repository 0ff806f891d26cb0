using System.ComponentModel.DataAnnotations;
using Shian.Modules.Licensing.Domain;
using Shian.Modules.Licensing.Features.Materials;
using Shian.Shared.Kernel;

namespace Shian.Modules.Licensing.Features.Review;

/// <summary>One row of the reviewer queue; the due date is counted in working days from the submission day.</summary>
internal sealed record ReviewQueueItem(
    Guid Id, string Kind, string OperatorName, string PremisesAddress, string JurisdictionCode, int BusinessType, DateTimeOffset SubmittedAt,
    DateOnly DueOn, int WorkingDaysLeft, bool Overdue, IReadOnlyList<string> FailedRules, bool SiteVerificationOpen);

/// <summary>The queue page plus the rule the deadlines come from, so the page can cite it.</summary>
internal sealed record ReviewQueue(PagedList<ReviewQueueItem> Items, int DecisionWorkingDays, string Citation);

/// <summary>Everything the applicant and the reviewer see of one application.</summary>
internal sealed record ApplicationDetails(
    Guid Id, string Status, Guid OperatorId, string OperatorName, string PremisesAddress, string JurisdictionCode, string TownName,
    int BusinessType, string BusinessTypeName, IReadOnlyList<string> BusinessItemNames, bool Commitment,
    string LegalRepresentativeIdMasked, IReadOnlyList<string> KeyStaffIdsMasked, DateTimeOffset SubmittedAt, DateTimeOffset? DecidedAt,
    DateOnly DueOn, int WorkingDaysLeft, bool Overdue, string DeadlineCitation,
    string? LicenceNumber, Guid? LicenceDocumentId, IReadOnlyList<RuleOutcome> Rules,
    IReadOnlyList<ChecklistItem> Checklist, IReadOnlyList<SiteVerificationView> SiteVerifications,
    string? ReviewerName, string? ReviewReason, DateTimeOffset? ReviewedAt,
    string Kind, IReadOnlyList<string> RequestedChanges, string? FoodCategoryName, string? SiteReviewNote);

/// <summary>
/// A checklist item and the file uploaded for it, if any; lifecycle and SC applications answer their checklist
/// yes/no instead (<see cref="Provided"/>, null for new applications).
/// </summary>
internal sealed record ChecklistItem(string Key, string Name, string Citation, MaterialView? File, bool? Provided = null);

internal sealed record SiteVerificationView(
    Guid Id, Guid ApplicationId, string OperatorName, string PremisesAddress, string JurisdictionCode, string Instructions,
    string RequestedBy, DateTimeOffset RequestedAt, string Status, string? Notes, string? RecordedBy, DateTimeOffset? RecordedAt);

/// <summary>A reviewer's approval (note optional) or rejection (reason required, shown to the applicant).</summary>
internal sealed class ReviewDecisionRequest
{
    [StringLength(1000, ErrorMessage = "licensing.review_note_too_long")]
    public string? Reason { get; set; }
}

internal sealed class SiteVerificationRequest
{
    [Required(ErrorMessage = "licensing.instructions_required")]
    [StringLength(500, ErrorMessage = "licensing.instructions_too_long")]
    public string? Instructions { get; set; }
}
