using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.RandomChecks.Features.Tasks;

/// <summary>Create or edit a task. Exactly one of <see cref="Proportion"/> and <see cref="Count"/>.</summary>
internal sealed class TaskRequest
{
    [Required(ErrorMessage = "请填写任务名称")]
    [StringLength(100, MinimumLength = 2, ErrorMessage = "任务名称应为2至100个字符")]
    public string? Name { get; set; }

    /// <summary>The area drawn from: 440700 (city), a district (6 digits) or a town (9 digits).</summary>
    [Required(ErrorMessage = "请选择抽查范围")]
    [RegularExpression(@"^\d{6}(\d{3})?$", ErrorMessage = "抽查范围应为6位区县代码或9位镇街代码")]
    public string? JurisdictionCode { get; set; }

    [RegularExpression("^[a-z_]{2,30}$", ErrorMessage = "经营类别代码格式不正确")]
    public string? Category { get; set; }

    /// <summary>
    /// Risk grades to draw from, any subset of A–D (e.g. <c>["C", "D"]</c>); empty or absent: every operator.
    /// Checked in the handler (400 <c>randomchecks.unknown_grade</c> on <c>grades</c>).
    /// </summary>
    [MaxLength(4, ErrorMessage = "风险等级最多选择4项")]
    public List<string?>? Grades { get; set; }

    /// <summary>Percentage of the pool, 0.01–100, rounded up to whole targets.</summary>
    [Range(typeof(decimal), "0.01", "100", ErrorMessage = "抽查比例应在0.01%至100%之间")]
    public decimal? Proportion { get; set; }

    [Range(1, 100_000, ErrorMessage = "抽查数量应在1至100000之间")]
    public int? Count { get; set; }

    /// <summary>Defaults to the team rule's minimum (2); smaller is refused.</summary>
    [Range(1, 10, ErrorMessage = "每户检查人员应在1至10人之间")]
    public int? InspectorsPerTarget { get; set; }

    public DateOnly? DueOn { get; set; }
}
