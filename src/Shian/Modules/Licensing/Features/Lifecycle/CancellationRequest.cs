using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Licensing.Features.Lifecycle;

/// <summary>注销: the holder gives the licence up (ceasing business, …); the public page then shows 已注销.</summary>
internal sealed class CancellationRequest : LifecycleRequest
{
    [Required(ErrorMessage = "licensing.cancellation_reason_required")]
    [StringLength(200, ErrorMessage = "licensing.cancellation_reason_too_long")]
    public string? Reason { get; set; }
}
