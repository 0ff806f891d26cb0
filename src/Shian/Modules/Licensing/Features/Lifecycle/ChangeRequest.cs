using System.ComponentModel.DataAnnotations;
using Shian.Shared.Kernel.Identifiers;

namespace Shian.Modules.Licensing.Features.Lifecycle;

/// <summary>
/// 变更: the licence's name, legal representative or 经营项目. Leave a field empty to keep it. A different
/// <see cref="PremisesAddress"/> is refused: moving premises needs a new licence (令第78号 Art. 29).
/// </summary>
internal sealed class ChangeRequest : LifecycleRequest
{
    [StringLength(100, ErrorMessage = "licensing.operator_name_too_long")]
    public string? OperatorName { get; set; }

    [StringLength(50, ErrorMessage = "licensing.legal_representative_too_long")]
    public string? LegalRepresentative { get; set; }

    /// <summary>Required with a new legal representative: the ban check needs it; stored masked only.</summary>
    [ResidentIdNumberFormat(ErrorMessage = "licensing.id_number_format")]
    public string? LegalRepresentativeIdNumber { get; set; }

    /// <summary>The complete new list of 经营项目 codes (not a difference).</summary>
    [MaxLength(20, ErrorMessage = "licensing.items_too_many")]
    public string[]? BusinessItems { get; set; }

    /// <summary>Only to catch a move: if given and different from the licensed premises, the change is refused.</summary>
    [StringLength(200, ErrorMessage = "licensing.premises_address_too_long")]
    public string? PremisesAddress { get; set; }
}
