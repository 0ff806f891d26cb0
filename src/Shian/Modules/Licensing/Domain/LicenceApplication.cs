using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Licensing.Domain;

/// <summary>
/// An application for a food business licence (食品经营许可申请). It belongs to the premises' town, so the
/// town's staff see it; ID numbers are kept masked only, because the decision needs them once, at submission.
/// </summary>
internal sealed class LicenceApplication : Entity, IAudited, IJurisdictionScoped
{
    public ApplicationKind Kind { get; init; } = ApplicationKind.New;

    public Guid OperatorId { get; init; }

    /// <summary>The operator's name at submission, so queues can show it without reading another module per row.</summary>
    public string OperatorName { get; init; } = "";

    public string PremisesAddress { get; init; } = "";

    /// <summary>The premises' 9-digit town code; the licence number takes its district.</summary>
    public string JurisdictionCode { get; init; } = "";

    /// <summary>主体业态 digit as in the licence number: 1 食品销售, 2 餐饮服务, 3 单位食堂.</summary>
    public int BusinessType { get; init; }

    /// <summary>经营项目 codes, comma-separated and sorted (rule rows of <c>licensing.items</c>).</summary>
    public string BusinessItems { get; init; } = "";

    public string LegalRepresentativeIdMasked { get; init; } = "";

    public string KeyStaffIdsMasked { get; init; } = "";

    /// <summary>告知承诺: the applicant promises the conditions are met and accepts a post-approval check.</summary>
    public bool Commitment { get; init; }

    /// <summary>Materials checklist answers as JSON ({"application_form":true,...}).</summary>
    public string MaterialsJson { get; init; } = "{}";

    public ApplicationStatus Status { get; private set; } = ApplicationStatus.Submitted;

    /// <summary>Every rule the decision evaluated, as JSON, so the decision can always be explained.</summary>
    public string RulesJson { get; private set; } = "[]";

    public DateTimeOffset SubmittedAt { get; init; }

    public DateTimeOffset? DecidedAt { get; private set; }

    public DateOnly DecisionDueOn { get; init; }

    /// <summary>The user (or API key) that submitted; idempotency keys are unique per submitter.</summary>
    public Guid SubmittedBy { get; init; }

    public string IdempotencyKey { get; init; } = "";

    /// <summary>SHA-256 of the submitted request (<c>IdempotencyKeys.Fingerprint</c>): the same key with another body is refused.</summary>
    public string RequestHash { get; init; } = "";

    public Guid? LicenceId { get; private set; }

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;

    public IReadOnlyList<string> Items => BusinessItems.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public void Decide(bool approve, string rulesJson, DateTimeOffset at)
    {
        Status = approve ? ApplicationStatus.Approved : ApplicationStatus.UnderReview;
        RulesJson = rulesJson;
        DecidedAt = at;
    }

    public void AttachLicence(Guid licenceId) => LicenceId = licenceId;

    /// <summary>The reviewer who decided an application that went to review; null for instant decisions.</summary>
    public string? ReviewerName { get; private set; }

    public Guid? ReviewedBy { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>Why the reviewer rejected (shown to the applicant), or the reviewer's note on approval.</summary>
    public string? ReviewReason { get; private set; }

    /// <summary>A reviewer's decision on an application under review; the instant decision's rules stay as they were.</summary>
    public void Review(bool approve, Guid reviewerId, string reviewerName, string? reason, DateTimeOffset at)
    {
        Status = approve ? ApplicationStatus.Approved : ApplicationStatus.Rejected;
        ReviewedBy = reviewerId;
        ReviewerName = reviewerName;
        ReviewReason = reason;
        ReviewedAt = at;
        DecidedAt = at;
    }

    /// <summary>The licence a change, renewal, replacement or cancellation concerns; null for new and production applications.</summary>
    public Guid? TargetLicenceId { get; init; }

    /// <summary>What the application asks to change or why (JSON, see <c>LifecycleRequestDetails</c>); "{}" for new licences.</summary>
    public string DetailsJson { get; init; } = "{}";

    /// <summary>SC production licences: the 3-digit food category (rule set <c>licensing.food_categories</c>).</summary>
    public string? FoodCategory { get; init; }

    /// <summary>The on-site review's note when a production application was decided (令第24号: always on site).</summary>
    public string? SiteReviewNote { get; private set; }

    /// <summary>A reviewer decided a production application after the on-site review.</summary>
    public void DecideAfterSiteReview(bool approve, string note, DateTimeOffset at)
    {
        Status = approve ? ApplicationStatus.Approved : ApplicationStatus.Rejected;
        SiteReviewNote = note;
        DecidedAt = at;
    }
}
