using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.RiskGrading.Features.Plans.GeneratePlan;

/// <summary>Generate the annual plan of a district.</summary>
internal sealed class GeneratePlanRequest
{
    [Required(ErrorMessage = "riskgrading.district_required")]
    [RegularExpression(@"^[0-9]{6}$", ErrorMessage = "riskgrading.district_format")]
    public string? DistrictCode { get; set; }

    [Required(ErrorMessage = "riskgrading.year_required")]
    [Range(2016, 2100, ErrorMessage = "riskgrading.year_range")]
    public int? Year { get; set; }
}
