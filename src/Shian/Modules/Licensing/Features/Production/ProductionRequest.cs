using System.ComponentModel.DataAnnotations;
using Shian.Shared.Kernel.Identifiers;

namespace Shian.Modules.Licensing.Features.Production;

/// <summary>A food production licence (食品生产许可, SC) application. Enterprise users may leave <see cref="OperatorId"/> empty.</summary>
internal sealed class ProductionRequest
{
    public Guid? OperatorId { get; set; }

    [Required(ErrorMessage = "licensing.production_address_required")]
    [StringLength(200, ErrorMessage = "licensing.production_address_too_long")]
    public string? PremisesAddress { get; set; }

    [Required(ErrorMessage = "licensing.production_town_required")]
    [RegularExpression(@"^[0-9]{9}$", ErrorMessage = "licensing.town_code_format")]
    public string? PremisesTownCode { get; set; }

    /// <summary>3-digit category of rule set <c>licensing.food_categories</c> (101 粮食加工品 … 201 食品添加剂).</summary>
    [Required(ErrorMessage = "licensing.food_category_required")]
    [RegularExpression(@"^[12][0-9]{2}$", ErrorMessage = "licensing.food_category_format")]
    public string? FoodCategory { get; set; }

    [Required(ErrorMessage = "licensing.id_number_required")]
    [ResidentIdNumberFormat(ErrorMessage = "licensing.id_number_format")]
    public string? LegalRepresentativeIdNumber { get; set; }

    /// <summary>Accepted for symmetry; a production licence is never granted on commitment alone.</summary>
    public bool Commitment { get; set; }

    /// <summary>Checklist answers keyed by the codes of rule set <c>licensing.materials.production</c>.</summary>
    [MaxLength(50, ErrorMessage = "licensing.materials_too_many")]
    public Dictionary<string, bool>? Materials { get; set; }

    [StringLength(100, ErrorMessage = "licensing.idempotency_key_too_long")]
    public string? IdempotencyKey { get; set; }
}

/// <summary>The reviewer's decision after the on-site review (现场核查).</summary>
internal sealed class ProductionDecisionRequest
{
    [Required(ErrorMessage = "licensing.approve_required")]
    public bool? Approve { get; set; }

    [Required(ErrorMessage = "licensing.site_review_note_required")]
    [StringLength(1000, MinimumLength = 2, ErrorMessage = "licensing.site_review_note_length")]
    public string? SiteReviewNote { get; set; }
}
