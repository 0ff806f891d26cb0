using System.ComponentModel.DataAnnotations;
using Shian.Modules.Licensing.Features.Lifecycle;

namespace Shian.Modules.Licensing.Features.Change;

/// <summary>
/// 变更: the licence's name, legal representative or 经营项目. Leave a field empty to keep it. A different
/// <see cref="PremisesAddress"/> is refused: moving premises needs a new licence (令第78号 Art. 29).
/// </summary>
internal sealed class ChangeRequest : LifecycleRequest
{
    [StringLength(100, ErrorMessage = "经营者名称不能超过100个字符")]
    public string? OperatorName { get; set; }

    [StringLength(50, ErrorMessage = "法定代表人（负责人）不能超过50个字符")]
    public string? LegalRepresentative { get; set; }

    /// <summary>Required with a new legal representative: the ban check needs it; stored masked only.</summary>
    [RegularExpression(@"^\d{17}[\dXx]$", ErrorMessage = "身份证号码应为18位")]
    public string? LegalRepresentativeIdNumber { get; set; }

    /// <summary>The complete new list of 经营项目 codes (not a difference).</summary>
    [MaxLength(20, ErrorMessage = "经营项目不能超过20项")]
    public string[]? BusinessItems { get; set; }

    /// <summary>Only to catch a move: if given and different from the licensed premises, the change is refused.</summary>
    [StringLength(200, ErrorMessage = "经营场所地址不能超过200个字符")]
    public string? PremisesAddress { get; set; }
}
