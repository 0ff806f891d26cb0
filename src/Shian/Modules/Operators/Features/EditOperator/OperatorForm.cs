using System.ComponentModel.DataAnnotations;
using Shian.Modules.Operators.Domain;

namespace Shian.Modules.Operators.Features.EditOperator;

/// <summary>
/// The operator form, shared by the staff page and the JSON API. Shape rules live here; rules that need the
/// database (unique code, known town) live in <see cref="OperatorFormRules"/>.
/// </summary>
internal sealed class OperatorForm
{
    [Required(ErrorMessage = "请填写统一社会信用代码")]
    [StringLength(18, MinimumLength = 18, ErrorMessage = "统一社会信用代码应为18位")]
    public string? CreditCode { get; set; }

    /// <summary>Needed only when the code's check character fails: why it is accepted anyway.</summary>
    [StringLength(500, ErrorMessage = "说明不能超过500个字符")]
    public string? CreditCodeOverrideReason { get; set => field = Optional(value); }

    [Required(ErrorMessage = "请填写名称")]
    [StringLength(100, ErrorMessage = "名称不能超过100个字符")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "请选择主体类型")]
    public OperatorEntityType? EntityType { get; set; }

    [Required(ErrorMessage = "请填写法定代表人（负责人）")]
    [StringLength(50, ErrorMessage = "姓名不能超过50个字符")]
    public string? LegalRepresentative { get; set; }

    /// <summary>On edit, leave empty to keep the stored number.</summary>
    [StringLength(18, MinimumLength = 18, ErrorMessage = "身份证号码应为18位")]
    public string? LegalRepresentativeIdNumber { get; set => field = Optional(value); }

    [RegularExpression(@"^(1\d{10}|0\d{2,3}-?\d{7,8})$", ErrorMessage = "请填写11位手机号码或带区号的固定电话")]
    public string? Phone { get; set => field = Optional(value); }

    [StringLength(50, ErrorMessage = "联系人不能超过50个字符")]
    public string? ContactPerson { get; set => field = Optional(value); }

    [EmailAddress(ErrorMessage = "电子邮箱格式不正确")]
    [StringLength(100)]
    public string? ContactEmail { get; set => field = Optional(value); }

    [Required(ErrorMessage = "请填写注册地址")]
    [StringLength(200, ErrorMessage = "地址不能超过200个字符")]
    public string? RegisteredAddress { get; set; }

    [Required(ErrorMessage = "请选择所在镇街")]
    [StringLength(12)]
    public string? JurisdictionCode { get; set; }

    [Required(ErrorMessage = "请至少选择一个食品经营类别")]
    [MinLength(1, ErrorMessage = "请至少选择一个食品经营类别")]
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
