using System.ComponentModel.DataAnnotations;
using Shian.Shared.Kernel.Identifiers;

namespace Shian.Modules.Licensing.Features.Apply;

/// <summary>A new food business licence application. Enterprise users may leave <see cref="OperatorId"/> empty.</summary>
internal sealed class ApplyRequest
{
    public Guid? OperatorId { get; set; }

    [Required(ErrorMessage = "licensing.premises_address_required")]
    [StringLength(200, ErrorMessage = "licensing.premises_address_too_long")]
    public string? PremisesAddress { get; set; }

    [Required(ErrorMessage = "licensing.town_required")]
    [RegularExpression(@"^[0-9]{9}$", ErrorMessage = "licensing.town_code_format")]
    public string? PremisesTownCode { get; set; }

    [Range(1, 9, ErrorMessage = "licensing.business_type_required")]
    public int BusinessType { get; set; }

    [Required(ErrorMessage = "licensing.items_required")]
    [MinLength(1, ErrorMessage = "licensing.items_min_one")]
    public string[]? BusinessItems { get; set; }

    [Required(ErrorMessage = "licensing.id_number_required")]
    [ResidentIdNumberFormat(ErrorMessage = "licensing.id_number_format")]
    public string? LegalRepresentativeIdNumber { get; set; }

    [MaxLength(20, ErrorMessage = "licensing.key_staff_too_many")]
    [ResidentIdNumberList(ErrorMessage = "licensing.key_staff_format")]
    public string[]? KeyStaffIdNumbers { get; set; }

    /// <summary>告知承诺: the applicant commits that the conditions are met.</summary>
    public bool Commitment { get; set; }

    /// <summary>
    /// Former yes/no checklist answers. Still accepted so that older clients' bodies bind, but no longer enough:
    /// a material counts only with an uploaded file (<see cref="MaterialFiles"/>).
    /// </summary>
    public Dictionary<string, bool>? Materials { get; set; }

    /// <summary>Uploaded files by checklist key (rule set <c>licensing.materials</c>): key → id from <c>POST /materials</c>.</summary>
    [MaxLength(50, ErrorMessage = "licensing.materials_too_many")]
    public Dictionary<string, Guid>? MaterialFiles { get; set; }

    /// <summary>Alternative to the <c>Idempotency-Key</c> header, for clients that cannot set headers.</summary>
    [StringLength(100, ErrorMessage = "licensing.idempotency_key_too_long")]
    public string? IdempotencyKey { get; set; }
}
