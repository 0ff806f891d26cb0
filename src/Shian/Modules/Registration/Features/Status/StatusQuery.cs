using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Registration.Features.Status;

/// <summary>The status page's form: tracking number and secret, posted in the body.</summary>
internal sealed class StatusQuery
{
    [Required(ErrorMessage = "请填写受理号")]
    [StringLength(16, ErrorMessage = "受理号为16位")]
    public string? TrackingNumber { get; set; }

    [Required(ErrorMessage = "请填写查询密码")]
    [StringLength(64, ErrorMessage = "查询密码不正确")]
    public string? Secret { get; set; }
}
