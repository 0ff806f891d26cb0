using System.ComponentModel.DataAnnotations;
using Shian.Modules.Licensing.Features.Lifecycle;

namespace Shian.Modules.Licensing.Features.Cancellation;

/// <summary>注销: the holder gives the licence up (ceasing business, …); the public page then shows 已注销.</summary>
internal sealed class CancellationRequest : LifecycleRequest
{
    [Required(ErrorMessage = "请填写注销原因")]
    [StringLength(200, ErrorMessage = "注销原因不能超过200个字符")]
    public string? Reason { get; set; }
}
