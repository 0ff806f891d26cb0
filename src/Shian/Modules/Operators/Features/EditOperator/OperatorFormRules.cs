using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Features.EditOperator;

/// <summary>The form rules that need data: code format and checks, uniqueness, a known town, known categories.</summary>
internal sealed class OperatorFormRules(ShianDbContext db, IJurisdictionDirectory jurisdictions)
{
    public async Task EnsureValidAsync(OperatorForm form, Guid? editingId, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var code = form.CreditCode!.Trim().ToUpperInvariant();
        var check = UnifiedSocialCreditCode.Check(code);
        if (check is CreditCodeCheck.WrongLength or CreditCodeCheck.InvalidCharacters)
        {
            errors[nameof(form.CreditCode)] = ["统一社会信用代码格式不正确：应为18位，只含数字和除 I、O、S、V、Z 以外的大写字母，第3–8位为行政区划代码"];
        }

        var town = await jurisdictions.FindAsync(form.JurisdictionCode!, ct);
        if (town is null || town.Level != "Town")
        {
            errors[nameof(form.JurisdictionCode)] = ["所选镇街不存在，请从列表中选择"];
        }

        var unknown = form.Categories!.Where(c => !FoodBusinessCategories.IsKnown(c)).ToList();
        if (unknown.Count > 0)
        {
            errors[nameof(form.Categories)] = [$"未知的食品经营类别：{string.Join("、", unknown)}"];
        }

        if (!string.IsNullOrEmpty(form.LegalRepresentativeIdNumber) && !ResidentIdNumber.IsValid(form.LegalRepresentativeIdNumber))
        {
            errors[nameof(form.LegalRepresentativeIdNumber)] = ["身份证号码校验位不正确，请核对"];
        }

        if (errors.Count > 0)
        {
            throw new ShianException(errors.ContainsKey(nameof(form.CreditCode)) ? OperatorsErrors.CreditCodeInvalid : "request.validation_failed",
                "提交的信息有误，请按提示修改。", 400, errors);
        }

        // A failed check character is only a warning: real codes with bad checks exist, so an authorised user may
        // accept it with a reason, which the ledger keeps.
        if (check is not CreditCodeCheck.Valid && string.IsNullOrWhiteSpace(form.CreditCodeOverrideReason))
        {
            throw new ShianException(OperatorsErrors.CreditCodeCheckFailed,
                "统一社会信用代码校验位不符。如确认代码无误（以营业执照为准），请填写说明后再次提交。", 422,
                new Dictionary<string, string[]> { [nameof(form.CreditCodeOverrideReason)] = ["校验位不符：请核对代码，或填写接受该代码的理由"] });
        }

        var taken = await db.Set<Operator>().IgnoreQueryFilters()
            .AnyAsync(o => o.CreditCode == code && o.Id != editingId, ct);
        if (taken)
        {
            throw new ShianException(OperatorsErrors.CreditCodeTaken, "该统一社会信用代码已建档，请搜索已有档案。", 409,
                new Dictionary<string, string[]> { [nameof(form.CreditCode)] = ["该代码已存在"] });
        }
    }
}
