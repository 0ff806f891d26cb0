using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Licensing.Features.Filing;

/// <summary>A filing (备案) of a seller of pre-packaged food only. Enterprise users may leave <see cref="OperatorId"/> empty.</summary>
internal sealed class FilingRequest
{
    public Guid? OperatorId { get; set; }

    [Required(ErrorMessage = "licensing.premises_address_required")]
    [StringLength(200, ErrorMessage = "licensing.premises_address_too_long")]
    public string? PremisesAddress { get; set; }

    [Required(ErrorMessage = "licensing.town_required")]
    [RegularExpression(@"^[0-9]{9}$", ErrorMessage = "licensing.town_code_format")]
    public string? PremisesTownCode { get; set; }

    /// <summary>经营项目 codes of 食品销售 (e.g. <c>prepackaged</c>); only those of rule set <c>licensing.filing_items</c> may be filed.</summary>
    [Required(ErrorMessage = "licensing.items_required")]
    [MinLength(1, ErrorMessage = "licensing.items_min_one")]
    [MaxLength(20, ErrorMessage = "licensing.items_too_many")]
    public string[]? Items { get; set; }

    [StringLength(100, ErrorMessage = "licensing.idempotency_key_too_long")]
    public string? IdempotencyKey { get; set; }
}

internal sealed record FilingView(
    Guid Id, string Number, Guid OperatorId, string OperatorName, string PremisesAddress, string JurisdictionCode,
    IReadOnlyList<string> Items, DateOnly FiledOn, string Status);

/// <summary>Public: what the filing receipt shows, no personal data.</summary>
internal sealed record VerifiedFiling(string Number, string Status, string OperatorName, string PremisesAddress, DateOnly FiledOn);
