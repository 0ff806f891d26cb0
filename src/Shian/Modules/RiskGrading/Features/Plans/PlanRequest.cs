using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.RiskGrading.Features.Plans;

/// <summary>Generate the annual plan of a district.</summary>
internal sealed class GeneratePlanRequest
{
    [Required(ErrorMessage = "请选择县（市、区）")]
    [RegularExpression(@"^\d{6}$", ErrorMessage = "县（市、区）代码应为6位数字")]
    public string? DistrictCode { get; set; }

    [Required(ErrorMessage = "请填写年度")]
    [Range(2016, 2100, ErrorMessage = "年度应在2016–2100之间")]
    public int? Year { get; set; }
}
