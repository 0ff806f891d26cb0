using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Licensing.Features.Filing;

/// <summary>A filing (备案) of a seller of pre-packaged food only. Enterprise users may leave <see cref="OperatorId"/> empty.</summary>
internal sealed class FilingRequest
{
    public Guid? OperatorId { get; set; }

    [Required(ErrorMessage = "请填写经营场所地址")]
    [StringLength(200, ErrorMessage = "经营场所地址不能超过200个字符")]
    public string? PremisesAddress { get; set; }

    [Required(ErrorMessage = "请选择经营场所所在镇（街道）")]
    [RegularExpression(@"^\d{9}$", ErrorMessage = "镇（街道）代码应为9位数字")]
    public string? PremisesTownCode { get; set; }

    /// <summary>经营项目 codes of 食品销售 (e.g. <c>prepackaged</c>); only those of rule set <c>licensing.filing_items</c> may be filed.</summary>
    [Required(ErrorMessage = "请选择经营项目")]
    [MinLength(1, ErrorMessage = "请至少选择一个经营项目")]
    [MaxLength(20, ErrorMessage = "经营项目不能超过20项")]
    public string[]? Items { get; set; }

    [StringLength(100, ErrorMessage = "幂等键不能超过100个字符")]
    public string? IdempotencyKey { get; set; }
}

internal sealed record FilingView(
    Guid Id, string Number, Guid OperatorId, string OperatorName, string PremisesAddress, string JurisdictionCode,
    IReadOnlyList<string> Items, DateOnly FiledOn, string Status);

/// <summary>Public: what the filing receipt shows, no personal data.</summary>
internal sealed record VerifiedFiling(string Number, string Status, string OperatorName, string PremisesAddress, DateOnly FiledOn);
