using System.ComponentModel.DataAnnotations;
using Shian.Modules.Registration.Domain;
using Shian.Shared.Kernel.Identifiers;

namespace Shian.Modules.Registration.Features.Submit;

/// <summary>
/// A market-entity registration, shared by the public page, the staff counter and the JSON API. Every field is
/// required: a missing or malformed one is a 400 with a message on that field, before any check runs.
/// </summary>
internal sealed class RegistrationRequest : IValidatableObject
{
    [Required(ErrorMessage = "registration.entity_type_required")]
    [EnumDataType(typeof(RegistrationEntityType), ErrorMessage = "registration.entity_type_unknown")]
    public RegistrationEntityType? EntityType { get; set; }

    [Required(ErrorMessage = "registration.name_required")]
    [StringLength(100, MinimumLength = 2, ErrorMessage = "registration.name_length")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "registration.legal_representative_required")]
    [StringLength(50, ErrorMessage = "registration.person_name_length")]
    public string? LegalRepresentative { get; set; }

    [Required(ErrorMessage = "registration.id_number_required")]
    [ResidentIdNumberFormat(FormOnly = true, ErrorMessage = "registration.id_number_format")]
    public string? LegalRepresentativeIdNumber { get; set; }

    [Required(ErrorMessage = "registration.phone_required")]
    [PhoneNumberFormat(ErrorMessage = "registration.phone_format")]
    public string? Phone { get; set; }

    [Required(ErrorMessage = "registration.address_required")]
    [StringLength(200, MinimumLength = 5, ErrorMessage = "registration.address_length")]
    public string? Address { get; set; }

    [Required(ErrorMessage = "registration.town_required")]
    [RegularExpression(@"^[0-9]{9}$", ErrorMessage = "registration.town_format")]
    public string? TownCode { get; set; }

    [Required(ErrorMessage = "registration.business_scope_required")]
    [StringLength(1000, MinimumLength = 2, ErrorMessage = "registration.business_scope_length")]
    public string? BusinessScope { get; set; }

    /// <summary>Alternative to the <c>Idempotency-Key</c> header, for clients and forms that cannot set headers.</summary>
    [StringLength(100, ErrorMessage = "registration.idempotency_key_length")]
    public string? IdempotencyKey { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ResidentIdNumber.TryParse(LegalRepresentativeIdNumber, out _, out var error) is false && error == ResidentIdNumber.CheckCode)
        {
            yield return new ValidationResult(RegistrationErrors.InvalidIdNumber, [nameof(LegalRepresentativeIdNumber)]);
        }
    }
}
