using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Licensing.Features.Production;

/// <summary>A food production licence (食品生产许可, SC) application. Enterprise users may leave <see cref="OperatorId"/> empty.</summary>
internal sealed class ProductionRequest
{
    public Guid? OperatorId { get; set; }

    [Required(ErrorMessage = "请填写生产场所地址")]
    [StringLength(200, ErrorMessage = "生产场所地址不能超过200个字符")]
    public string? PremisesAddress { get; set; }

    [Required(ErrorMessage = "请选择生产场所所在镇（街道）")]
    [RegularExpression(@"^\d{9}$", ErrorMessage = "镇（街道）代码应为9位数字")]
    public string? PremisesTownCode { get; set; }

    /// <summary>3-digit category of rule set <c>licensing.food_categories</c> (101 粮食加工品 … 201 食品添加剂).</summary>
    [Required(ErrorMessage = "请选择食品类别")]
    [RegularExpression(@"^[12]\d{2}$", ErrorMessage = "食品类别应为3位数字")]
    public string? FoodCategory { get; set; }

    [Required(ErrorMessage = "请填写法定代表人（负责人）身份证号码")]
    [RegularExpression(@"^\d{17}[\dXx]$", ErrorMessage = "身份证号码应为18位")]
    public string? LegalRepresentativeIdNumber { get; set; }

    /// <summary>Accepted for symmetry; a production licence is never granted on commitment alone.</summary>
    public bool Commitment { get; set; }

    /// <summary>Checklist answers keyed by the codes of rule set <c>licensing.materials.production</c>.</summary>
    [MaxLength(50, ErrorMessage = "申请材料不能超过50项")]
    public Dictionary<string, bool>? Materials { get; set; }

    [StringLength(100, ErrorMessage = "幂等键不能超过100个字符")]
    public string? IdempotencyKey { get; set; }
}

/// <summary>The reviewer's decision after the on-site review (现场核查).</summary>
internal sealed class ProductionDecisionRequest
{
    [Required(ErrorMessage = "请选择是否准予许可")]
    public bool? Approve { get; set; }

    [Required(ErrorMessage = "请填写现场核查结论")]
    [StringLength(1000, MinimumLength = 2, ErrorMessage = "现场核查结论应为2至1000个字符")]
    public string? SiteReviewNote { get; set; }
}
