using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Registration.Features.Account;

/// <summary>
/// The status page's account form. The tracking number and a short-lived account token (not the secret) ride
/// along as hidden fields, so the page never sends the secret back to the browser.
/// </summary>
internal sealed class AccountForm
{
    [Required]
    [StringLength(16)]
    public string? TrackingNumber { get; set; }

    [Required]
    [StringLength(1000)]
    public string? Token { get; set; }

    [Required(ErrorMessage = "请设置登录密码")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "登录密码至少10位，须含大写字母、小写字母和数字")]
    public string? Password { get; set; }

    [Required(ErrorMessage = "请再次输入登录密码")]
    [Compare(nameof(Password), ErrorMessage = "两次输入的密码不一致")]
    public string? ConfirmPassword { get; set; }
}
