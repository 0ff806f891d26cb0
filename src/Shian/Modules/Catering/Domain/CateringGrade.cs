using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Catering.Domain;

/// <summary>
/// One grading of an operator, made when a catering inspection was signed off: the inspection's dynamic grade
/// and the annual grade on that day, with the inspections the annual mean came from. Rows are never changed
/// except to attach the door sticker; the history is the list of rows.
/// </summary>
internal sealed class CateringGrade : Entity, IAudited, IJurisdictionScoped
{
    public Guid OperatorId { get; init; }

    public string JurisdictionCode { get; init; } = "";

    /// <summary>The inspection whose dynamic grade is shown (Guid.Empty when none yet).</summary>
    public Guid InspectionId { get; init; }

    /// <summary>
    /// What made this grading: <c>inspection</c> (a sign-off), <c>regrade</c> (the nightly job: the 12-month window or
    /// activity moved, or a no-rating window ended), or the event that opened a window (<c>incidents:…</c>, <c>penalties:…</c>).
    /// </summary>
    public string Trigger { get; init; } = "inspection";

    public DateOnly InspectedOn { get; init; }

    public DynamicGrade DynamicGrade { get; init; }

    public decimal? DynamicScore { get; init; }

    public AnnualGrade AnnualGrade { get; init; }

    public decimal? AnnualMean { get; init; }

    /// <summary>Inspection ids the annual mean was taken over, comma-separated, oldest first.</summary>
    public string AnnualInspectionIds { get; init; } = "";

    /// <summary>Why there is no dynamic or annual grade, in Chinese; null when both are graded.</summary>
    public string? Note { get; init; }

    /// <summary>The rule rows applied, as a citation shown next to the grade.</summary>
    public string Citation { get; init; } = "";

    public DateOnly PublishedOn { get; init; }

    public DateTimeOffset GradedAt { get; init; }

    /// <summary>The issued door sticker (Documents), once somebody downloaded it.</summary>
    public Guid? StickerDocumentId { get; set; }

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;

    public IReadOnlyList<Guid> AnnualInspections =>
        AnnualInspectionIds.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
}
