using System.ComponentModel.DataAnnotations;
using Shian.Modules.Licensing.Features.Lifecycle;

namespace Shian.Modules.Licensing.Features.Replacement;

/// <summary>补办: a lost or damaged certificate is issued again, same number and validity, as a new document.</summary>
internal sealed class ReplacementRequest : LifecycleRequest
{
    [Required(ErrorMessage = "请选择补办原因（lost 遗失 / damaged 损坏）")]
    [RegularExpression("^(lost|damaged)$", ErrorMessage = "补办原因应为 lost（遗失）或 damaged（损坏）")]
    public string? Reason { get; set; }
}
