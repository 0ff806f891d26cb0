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

    [Required(ErrorMessage = "registration.password_required")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "registration.password_rule")]
    public string? Password { get; set; }

    [Required(ErrorMessage = "registration.confirm_password_required")]
    [Compare(nameof(Password), ErrorMessage = "registration.passwords_differ")]
    public string? ConfirmPassword { get; set; }
}
