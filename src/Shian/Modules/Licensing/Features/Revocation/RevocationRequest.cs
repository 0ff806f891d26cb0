using System.ComponentModel.DataAnnotations;
using Shian.Shared.Kernel.Identifiers;

namespace Shian.Modules.Licensing.Features.Revocation;

/// <summary>
/// 吊销 by an administrative penalty decision (处罚决定书). The legal representative's ID number is asked for because
/// the ban that follows (Food Safety Law Art. 135) is kept by ID number, and Licensing holds ID numbers masked only;
/// the decision names the person, so the legal reviewer has it at hand.
/// </summary>
internal sealed class RevocationRequest
{
    [Required(ErrorMessage = "licensing.decision_number_required")]
    [StringLength(100, MinimumLength = 2, ErrorMessage = "licensing.decision_number_length")]
    public string? DecisionNumber { get; set; }

    [Required(ErrorMessage = "licensing.decided_on_required")]
    public DateOnly? DecidedOn { get; set; }

    [Required(ErrorMessage = "licensing.revocation_reason_required")]
    [StringLength(200, MinimumLength = 2, ErrorMessage = "licensing.revocation_reason_length")]
    public string? Reason { get; set; }

    [Required(ErrorMessage = "licensing.revocation_id_number_required")]
    [ResidentIdNumberFormat(ErrorMessage = "licensing.id_number_format")]
    public string? LegalRepresentativeIdNumber { get; set; }
}

/// <summary>The revoked licence as the decision left it; <see cref="BanUntil"/> is the recorded ban's exclusive end.</summary>
internal sealed record RevocationView(
    Guid LicenceId, string Number, string Status, string DecisionNumber, DateOnly DecidedOn, string Reason,
    string LegalRepresentative, DateOnly BanUntil, string BanCitation);
