using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Inspections.Features.Amend;

internal sealed class AmendRequest
{
    [Required(ErrorMessage = "inspections.amend_reason_required")]
    [StringLength(500, ErrorMessage = "inspections.amend_reason_too_long")]
    public string? Reason { get; set; }
}
