using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Licensing.Features.Lifecycle;

/// <summary>补办: a lost or damaged certificate is issued again, same number and validity, as a new document.</summary>
internal sealed class ReplacementRequest : LifecycleRequest
{
    [Required(ErrorMessage = "licensing.replacement_reason_required")]
    [RegularExpression("^(lost|damaged)$", ErrorMessage = "licensing.replacement_reason_format")]
    public string? Reason { get; set; }
}
