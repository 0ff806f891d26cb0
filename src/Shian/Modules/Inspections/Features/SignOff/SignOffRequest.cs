using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Inspections.Features.SignOff;

/// <summary>Sign-off: measures ordered, the rectification deadline, and the operator's acknowledgement or refusal.</summary>
internal sealed class SignOffRequest
{
    [StringLength(2000, ErrorMessage = "inspections.measures_too_long")]
    public string? Measures { get; set; }

    [Range(1, 90, ErrorMessage = "inspections.rectification_days_range")]
    public int? RectificationWorkingDays { get; set; }

    [StringLength(50, ErrorMessage = "inspections.acknowledged_by_too_long")]
    public string? AcknowledgedBy { get; set; }

    public bool RefusedToSign { get; set; }

    [StringLength(500, ErrorMessage = "inspections.refusal_reason_too_long")]
    public string? RefusalReason { get; set; }
}
