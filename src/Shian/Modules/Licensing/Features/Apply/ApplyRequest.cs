using System.ComponentModel.DataAnnotations;

namespace Shian.Modules.Licensing.Features.Apply;

/// <summary>A new food business licence application. Enterprise users may leave <see cref="OperatorId"/> empty.</summary>
internal sealed class ApplyRequest
{
    public Guid? OperatorId { get; set; }

    [Required(ErrorMessage = "请填写经营场所地址")]
    [StringLength(200, ErrorMessage = "经营场所地址不能超过200个字符")]
    public string? PremisesAddress { get; set; }

    [Required(ErrorMessage = "请选择经营场所所在镇（街道）")]
    [RegularExpression(@"^\d{9}$", ErrorMessage = "镇（街道）代码应为9位数字")]
    public string? PremisesTownCode { get; set; }

    [Range(1, 9, ErrorMessage = "请选择主体业态")]
    public int BusinessType { get; set; }

    [Required(ErrorMessage = "请选择经营项目")]
    [MinLength(1, ErrorMessage = "请至少选择一个经营项目")]
    public string[]? BusinessItems { get; set; }

    [Required(ErrorMessage = "请填写法定代表人（负责人）身份证号码")]
    [RegularExpression(@"^\d{17}[\dXx]$", ErrorMessage = "身份证号码应为18位")]
    public string? LegalRepresentativeIdNumber { get; set; }

    [MaxLength(20, ErrorMessage = "关键岗位人员不能超过20人")]
    public string[]? KeyStaffIdNumbers { get; set; }

    /// <summary>告知承诺: the applicant commits that the conditions are met.</summary>
    public bool Commitment { get; set; }

    /// <summary>
    /// Former yes/no checklist answers. Still accepted so that older clients' bodies bind, but no longer enough:
    /// a material counts only with an uploaded file (<see cref="MaterialFiles"/>).
    /// </summary>
    public Dictionary<string, bool>? Materials { get; set; }

    /// <summary>Uploaded files by checklist key (rule set <c>licensing.materials</c>): key → id from <c>POST /materials</c>.</summary>
    [MaxLength(50, ErrorMessage = "申请材料不能超过50项")]
    public Dictionary<string, Guid>? MaterialFiles { get; set; }

    /// <summary>Alternative to the <c>Idempotency-Key</c> header, for clients that cannot set headers.</summary>
    [StringLength(100, ErrorMessage = "幂等键不能超过100个字符")]
    public string? IdempotencyKey { get; set; }
}
