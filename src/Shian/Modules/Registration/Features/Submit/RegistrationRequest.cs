using System.ComponentModel.DataAnnotations;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Registration.Domain;

namespace Shian.Modules.Registration.Features.Submit;

/// <summary>
/// A market-entity registration, shared by the public page, the staff counter and the JSON API. Every field is
/// required: a missing or malformed one is a 400 with a message on that field, before any check runs.
/// </summary>
internal sealed class RegistrationRequest : IValidatableObject
{
    [Required(ErrorMessage = "请选择主体类型")]
    [EnumDataType(typeof(RegistrationEntityType), ErrorMessage = "主体类型不存在")]
    public RegistrationEntityType? EntityType { get; set; }

    [Required(ErrorMessage = "请填写名称")]
    [StringLength(100, MinimumLength = 2, ErrorMessage = "名称应为2至100个字符")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "请填写法定代表人（经营者）姓名")]
    [StringLength(50, ErrorMessage = "姓名不能超过50个字符")]
    public string? LegalRepresentative { get; set; }

    [Required(ErrorMessage = "请填写法定代表人（经营者）身份证号码")]
    [RegularExpression(@"^\d{17}[\dXx]$", ErrorMessage = "身份证号码应为18位")]
    public string? LegalRepresentativeIdNumber { get; set; }

    [Required(ErrorMessage = "请填写联系电话")]
    [RegularExpression(@"^(1\d{10}|0\d{2,3}-?\d{7,8})$", ErrorMessage = "请填写11位手机号码或带区号的固定电话")]
    public string? Phone { get; set; }

    [Required(ErrorMessage = "请填写住所（经营场所）")]
    [StringLength(200, MinimumLength = 5, ErrorMessage = "住所应为5至200个字符")]
    public string? Address { get; set; }

    [Required(ErrorMessage = "请选择住所所在镇（街道）")]
    [RegularExpression(@"^\d{9}$", ErrorMessage = "镇（街道）代码应为9位数字")]
    public string? TownCode { get; set; }

    [Required(ErrorMessage = "请填写经营范围")]
    [StringLength(1000, MinimumLength = 2, ErrorMessage = "经营范围应为2至1000个字符")]
    public string? BusinessScope { get; set; }

    /// <summary>Alternative to the <c>Idempotency-Key</c> header, for clients and forms that cannot set headers.</summary>
    [StringLength(100, ErrorMessage = "幂等键不能超过100个字符")]
    public string? IdempotencyKey { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!ResidentIdNumbers.IsValid(LegalRepresentativeIdNumber))
        {
            yield return new ValidationResult("身份证号码校验位不正确，请核对", [nameof(LegalRepresentativeIdNumber)]);
        }
    }
}
