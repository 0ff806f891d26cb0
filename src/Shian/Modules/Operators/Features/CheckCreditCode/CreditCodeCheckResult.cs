using System.ComponentModel.DataAnnotations;
using Shian.Modules.Operators.Domain;

namespace Shian.Modules.Operators.Features.CheckCreditCode;

internal sealed class CreditCodeCheckRequest
{
    [Required(ErrorMessage = "请填写统一社会信用代码")]
    [StringLength(40, ErrorMessage = "统一社会信用代码应为18位")]
    public string? Code { get; set; }
}

/// <summary>The check's outcome with a Chinese explanation; <see cref="Overridable"/> says a reason may accept it.</summary>
internal sealed record CreditCodeCheckResult(string Code, string Outcome, bool IsValid, bool Overridable, string Message)
{
    public static CreditCodeCheckResult For(string input)
    {
        var code = input.Trim().ToUpperInvariant();
        var outcome = UnifiedSocialCreditCode.Check(code);
        var message = outcome switch
        {
            CreditCodeCheck.Valid => "代码校验通过",
            CreditCodeCheck.WrongLength => "长度应为18位",
            CreditCodeCheck.InvalidCharacters => "含有不允许的字符（不使用 I、O、S、V、Z），或第3–8位不是数字",
            CreditCodeCheck.OrganisationCheckFailed => "第17位（组织机构代码校验码）不符",
            _ => "第18位（统一社会信用代码校验码）不符",
        };
        return new CreditCodeCheckResult(
            code, outcome.ToString(), outcome == CreditCodeCheck.Valid,
            outcome is CreditCodeCheck.OrganisationCheckFailed or CreditCodeCheck.FinalCheckFailed, message);
    }
}
