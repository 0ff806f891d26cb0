using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Kernel.Identifiers;
using Shian.Shared.Persistence;
using Shian.Shared.Web;

namespace Shian.Modules.Operators.Features.EditOperator;

/// <summary>The form rules that need data: code format and checks, uniqueness, a known town, known categories.</summary>
internal sealed class OperatorFormRules(ShianDbContext db, IJurisdictionDirectory jurisdictions)
{
    public async Task EnsureValidAsync(OperatorForm form, Guid? editingId, CancellationToken ct)
    {
        var errors = new List<(string Field, string MessageKey)>();
        var code = IdentifierText.Normalise(form.CreditCode);
        var check = UnifiedSocialCreditCode.Check(code);
        if (check is CreditCodeCheck.WrongLength or CreditCodeCheck.InvalidCharacters)
        {
            errors.Add((nameof(form.CreditCode), OperatorsErrors.CreditCodeInvalid));
        }

        var town = await jurisdictions.FindAsync(form.JurisdictionCode!, ct);
        if (town is null || town.Level != JurisdictionLevels.Town)
        {
            errors.Add((nameof(form.JurisdictionCode), OperatorsErrors.UnknownTown));
        }

        if (UnknownCategories(form.Categories!) is { } unknown)
        {
            errors.Add((nameof(form.Categories), unknown));
        }

        if (!string.IsNullOrEmpty(form.LegalRepresentativeIdNumber) && !ResidentIdNumber.IsValid(form.LegalRepresentativeIdNumber))
        {
            errors.Add((nameof(form.LegalRepresentativeIdNumber), OperatorsErrors.IdNumberInvalid));
        }

        if (errors.Count > 0)
        {
            throw ShianException.InvalidFields(
                errors.Any(e => e.Field == nameof(form.CreditCode)) ? OperatorsErrors.CreditCodeInvalid : ErrorCodes.ValidationFailed, errors);
        }

        // A failed check character, or an authority, category or division code GB 32100 does not list, is only a
        // warning: real codes like that exist, so an authorised user may accept it with a reason, which the ledger keeps.
        if (check is not CreditCodeCheck.Valid && string.IsNullOrWhiteSpace(form.CreditCodeOverrideReason))
        {
            throw WithField(422, OperatorsErrors.CreditCodeCheckFailed, nameof(form.CreditCodeOverrideReason), "operators.credit_code_override_needed");
        }

        var taken = await db.Set<Operator>().Unscoped("credit codes are unique city-wide, whoever registers")
            .AnyAsync(o => o.CreditCode == code && o.Id != editingId, ct);
        if (taken)
        {
            throw WithField(409, OperatorsErrors.CreditCodeTaken, nameof(form.CreditCode), "operators.credit_code_exists");
        }
    }

    /// <summary>
    /// The message naming the categories that are not known, or null. It is already formatted: a text that is no
    /// message key comes back from <see cref="Messages"/> as it is, so it can stand where a key is expected.
    /// </summary>
    public static string? UnknownCategories(IEnumerable<string> categories)
    {
        var unknown = categories.Where(c => !FoodBusinessCategories.IsKnown(c)).ToList();
        return unknown.Count == 0
            ? null
            : Messages.Get(OperatorsErrors.UnknownCategory, string.Join(Messages.Get("operators.list_separator"), unknown));
    }

    // Shared/Kernel has no factory for a 409/422 that names a field (InvalidFields is 400); the page shows the
    // message at the field, and API clients read it under errors. Replace by the shared factory once there is one.
    private static ShianException WithField(int status, string code, string field, string messageKey) =>
        new(code, Messages.Get(code), status, new Dictionary<string, string[]> { [ShianException.FieldName(field)] = [Messages.Get(messageKey)] });
}
