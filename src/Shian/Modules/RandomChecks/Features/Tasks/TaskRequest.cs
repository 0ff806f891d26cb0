using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.RandomChecks.Features.Tasks;

/// <summary>Create or edit a task. Exactly one of <see cref="Proportion"/> and <see cref="Count"/>.</summary>
internal sealed class TaskRequest
{
    [Required(ErrorMessage = "randomchecks.task_name_required")]
    [StringLength(100, MinimumLength = 2, ErrorMessage = "randomchecks.task_name_length")]
    public string? Name { get; set; }

    /// <summary>The area drawn from: 440700 (city), a district (6 digits) or a town (9 digits).</summary>
    [Required(ErrorMessage = "randomchecks.area_required")]
    [RegularExpression(@"^[0-9]{6}([0-9]{3})?$", ErrorMessage = "randomchecks.area_format")]
    public string? JurisdictionCode { get; set; }

    [RegularExpression("^[a-z_]{2,30}$", ErrorMessage = "randomchecks.category_format")]
    public string? Category { get; set; }

    /// <summary>
    /// Risk grades to draw from, any subset of A–D (e.g. <c>["C", "D"]</c>); empty or absent: every operator.
    /// Checked in the handler (400 <c>randomchecks.unknown_grade</c> on <c>grades</c>).
    /// </summary>
    [MaxLength(4, ErrorMessage = "randomchecks.grades_too_many")]
    public List<string?>? Grades { get; set; }

    /// <summary>Percentage of the pool, 0.01–100, rounded up to whole targets.</summary>
    [Range(typeof(decimal), "0.01", "100", ErrorMessage = "randomchecks.proportion_range")]
    public decimal? Proportion { get; set; }

    [Range(1, 100_000, ErrorMessage = "randomchecks.count_range")]
    public int? Count { get; set; }

    /// <summary>Defaults to the team rule's minimum (2); smaller is refused.</summary>
    [Range(1, 10, ErrorMessage = "randomchecks.inspectors_per_target_range")]
    public int? InspectorsPerTarget { get; set; }

    public DateOnly? DueOn { get; set; }
}
