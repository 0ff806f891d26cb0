using System.ComponentModel.DataAnnotations;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel.Identifiers;

namespace Shian.Modules.Operators.Features.EditOperator;

/// <summary>
/// The operator form, shared by the staff page and the JSON API. Shape rules live here; rules that need the
/// database (unique code, known town) live in <see cref="OperatorFormRules"/>.
/// </summary>
internal sealed class OperatorForm
{
    [Required(ErrorMessage = "operators.credit_code_required")]
    [StringLength(18, MinimumLength = 18, ErrorMessage = "operators.credit_code_length")]
    public string? CreditCode { get; set; }

    /// <summary>Needed only when the code's check character fails: why it is accepted anyway.</summary>
    [StringLength(500, ErrorMessage = "operators.override_reason_length")]
    public string? CreditCodeOverrideReason { get; set => field = Optional(value); }

    [Required(ErrorMessage = "operators.name_required")]
    [StringLength(100, ErrorMessage = "operators.name_length")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "operators.entity_type_required")]
    public OperatorEntityType? EntityType { get; set; }

    [Required(ErrorMessage = "operators.legal_representative_required")]
    [StringLength(50, ErrorMessage = "operators.person_name_length")]
    public string? LegalRepresentative { get; set; }

    /// <summary>On edit, leave empty to keep the stored number.</summary>
    [StringLength(18, MinimumLength = 18, ErrorMessage = "operators.id_number_length")]
    public string? LegalRepresentativeIdNumber { get; set => field = Optional(value); }

    [PhoneNumberFormat(ErrorMessage = "operators.phone_format")]
    public string? Phone { get; set => field = Optional(value); }

    [StringLength(50, ErrorMessage = "operators.contact_person_length")]
    public string? ContactPerson { get; set => field = Optional(value); }

    [EmailAddress(ErrorMessage = "operators.email_format")]
    [StringLength(100)]
    public string? ContactEmail { get; set => field = Optional(value); }

    [Required(ErrorMessage = "operators.registered_address_required")]
    [StringLength(200, ErrorMessage = "operators.address_length")]
    public string? RegisteredAddress { get; set; }

    [Required(ErrorMessage = "operators.town_required")]
    [StringLength(12)]
    public string? JurisdictionCode { get; set; }

    [Required(ErrorMessage = "operators.categories_required")]
    [MinLength(1, ErrorMessage = "operators.categories_required")]
    [MaxLength(10)]
    public List<string>? Categories { get; set; } = [];

    /// <summary>The version the editor started from; a newer stored version means someone else saved first.</summary>
    public int? Version { get; set; }

    /// <summary>
    /// An HTML form posts an empty box as "", which [EmailAddress] and [StringLength(MinimumLength)] reject;
    /// an optional field left empty is simply not given.
    /// </summary>
    internal static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
