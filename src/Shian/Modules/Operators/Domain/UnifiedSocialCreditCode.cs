using Shian.Modules.Operators.Contracts;

namespace Shian.Modules.Operators.Domain;

/// <summary>
/// GB 32100-2015 unified social credit code: 18 characters from a 31-character set (no I, O, S, V, Z).
/// Positions 9–17 embed a GB 11714 organisation code with its own check character (position 17);
/// position 18 checks the whole code. See shared/domain/cn_rules.md §5.
/// </summary>
internal static class UnifiedSocialCreditCode
{
    public const string Charset = CreditCodes.Charset;

    public static CreditCodeCheck Check(string? input)
    {
        var code = (input ?? "").Trim().ToUpperInvariant();
        if (code.Length != 18)
        {
            return CreditCodeCheck.WrongLength;
        }

        if (code.Any(c => !Charset.Contains(c)) || !code.AsSpan(2, 6).ContainsOnlyDigits())
        {
            return CreditCodeCheck.InvalidCharacters;
        }

        if (CreditCodes.OrganisationCheckCharacter(code.AsSpan(8, 8)) != code[16])
        {
            return CreditCodeCheck.OrganisationCheckFailed;
        }

        return CreditCodes.FinalCheckCharacter(code.AsSpan(0, 17)) == code[17] ? CreditCodeCheck.Valid : CreditCodeCheck.FinalCheckFailed;
    }

    public static char FinalCheckCharacter(ReadOnlySpan<char> first17) => CreditCodes.FinalCheckCharacter(first17);

    public static char OrganisationCheckCharacter(ReadOnlySpan<char> body8) => CreditCodes.OrganisationCheckCharacter(body8);
}

internal static class SpanExtensions
{
    public static bool ContainsOnlyDigits(this ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// Outcome of a credit-code check. Format failures are hard errors; a failed check character is a warning an
/// authorised user may override with a recorded reason, since codes with bad checks exist in the wild.
/// </summary>
internal enum CreditCodeCheck
{
    Valid,
    WrongLength,
    InvalidCharacters,
    OrganisationCheckFailed,
    FinalCheckFailed,
}
