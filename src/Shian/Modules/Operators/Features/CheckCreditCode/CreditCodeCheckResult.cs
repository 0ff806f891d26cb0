using System.ComponentModel.DataAnnotations;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel;

namespace Shian.Modules.Operators.Features.CheckCreditCode;

internal sealed class CreditCodeCheckRequest
{
    [Required(ErrorMessage = "operators.credit_code_required")]
    [StringLength(40, ErrorMessage = "operators.credit_code_length")]
    public string? Code { get; set; }
}

/// <summary>The check's outcome with an explanation in the reader's language; <see cref="Overridable"/> says a reason may accept it.</summary>
internal sealed record CreditCodeCheckResult(string Code, string Outcome, bool IsValid, bool Overridable, string Message)
{
    public static CreditCodeCheckResult For(string input)
    {
        var code = UnifiedSocialCreditCode.Normalise(input);
        var outcome = UnifiedSocialCreditCode.Check(code);
        var message = Messages.Get(outcome switch
        {
            CreditCodeCheck.Valid => "operators.credit_check_valid",
            CreditCodeCheck.WrongLength => "operators.credit_check_wrong_length",
            CreditCodeCheck.InvalidCharacters => "operators.credit_check_invalid_characters",
            CreditCodeCheck.OrganisationCheckFailed => "operators.credit_check_organisation_failed",
            CreditCodeCheck.UnknownAuthority => "operators.credit_check_unknown_authority",
            CreditCodeCheck.UnknownCategory => "operators.credit_check_unknown_category",
            CreditCodeCheck.UnknownDivision => "operators.credit_check_unknown_division",
            _ => "operators.credit_check_final_failed",
        });
        return new CreditCodeCheckResult(
            code, outcome.ToString(), outcome == CreditCodeCheck.Valid,
            outcome is not (CreditCodeCheck.Valid or CreditCodeCheck.WrongLength or CreditCodeCheck.InvalidCharacters), message);
    }
}
