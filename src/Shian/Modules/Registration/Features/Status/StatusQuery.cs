using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Registration.Features.Status;

/// <summary>The status page's form: tracking number and secret, posted in the body.</summary>
internal sealed class StatusQuery
{
    [Required(ErrorMessage = "registration.tracking_number_required")]
    [StringLength(16, ErrorMessage = "registration.tracking_number_length")]
    public string? TrackingNumber { get; set; }

    [Required(ErrorMessage = "registration.secret_required")]
    [StringLength(64, ErrorMessage = "registration.secret_invalid")]
    public string? Secret { get; set; }
}
