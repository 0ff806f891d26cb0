using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Catering.Domain;

/// <summary>
/// A catering operator as grading and publication see it: its public name and address, when its catering
/// activity began, a new licence's waiting window, and its current grades (copied from the latest
/// <see cref="CateringGrade"/>, so public search is one indexed table).
/// </summary>
internal sealed class CateringEstablishment : Entity, IAudited, IJurisdictionScoped
{
    public Guid OperatorId { get; init; }

    public string Name { get; set; } = "";

    public string Address { get; set; } = "";

    public string JurisdictionCode { get; set; } = "";

    /// <summary>The earliest catering activity the platform knows of: registration or first catering inspection.</summary>
    public DateOnly ActiveSince { get; set; }

    /// <summary>The day a new catering file was opened (new licence): 待评定 for the rule's months from it.</summary>
    public DateOnly? LicensedOn { get; set; }

    public Guid? LatestGradeId { get; set; }

    public DynamicGrade DynamicGrade { get; set; } = DynamicGrade.Pending;

    public decimal? DynamicScore { get; set; }

    public AnnualGrade AnnualGrade { get; set; } = AnnualGrade.NotRated;

    public DateOnly? LastInspectedOn { get; set; }

    /// <summary>符合 / 基本符合 / 不符合 of the last inspection.</summary>
    public string? LastResult { get; set; }

    /// <summary>公示日期: the day the latest grade was published.</summary>
    public DateOnly? PublishedOn { get; set; }

    /// <summary>Why a grade is missing (未评级, 整改中, 暂停评级), from the latest grade; null when both are graded.</summary>
    public string? GradeNote { get; set; }

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;

    public void Show(CateringGrade grade, string? result)
    {
        LatestGradeId = grade.Id;
        DynamicGrade = grade.DynamicGrade;
        DynamicScore = grade.DynamicScore;
        AnnualGrade = grade.AnnualGrade;
        if (grade.InspectionId != Guid.Empty)
        {
            LastInspectedOn = grade.InspectedOn;
            LastResult = result;
        }

        PublishedOn = grade.PublishedOn;
        GradeNote = grade.Note;
    }
}
