using Shian.Shared.Kernel.Identifiers;

namespace Shian.Modules.Operators.Domain;

/// <summary>
/// GB 32100-2015 unified social credit code, as Operators checks it (the algorithms are <see cref="SocialCreditCode"/>'s).
/// See shared/domain/cn_rules.md §5.
/// </summary>
internal static class UnifiedSocialCreditCode
{
    public const string Charset = SocialCreditCode.Charset;

    public static CreditCodeCheck Check(string? input)
    {
        var text = IdentifierText.Normalise(input);
        if (text.Length != 18)
        {
            return CreditCodeCheck.WrongLength;
        }

        if (!SocialCreditCode.TryParse(text, out var code, out _))
        {
            return CreditCodeCheck.InvalidCharacters;
        }

        return code.Check() switch
        {
            CreditCodeWarning.None => CreditCodeCheck.Valid,
            CreditCodeWarning.UnknownAuthority => CreditCodeCheck.UnknownAuthority,
            CreditCodeWarning.UnknownCategory => CreditCodeCheck.UnknownCategory,
            CreditCodeWarning.UnknownDivision => CreditCodeCheck.UnknownDivision,
            CreditCodeWarning.OrganisationCheckFailed => CreditCodeCheck.OrganisationCheckFailed,
            _ => CreditCodeCheck.FinalCheckFailed,
        };
    }

    public static char FinalCheckCharacter(ReadOnlySpan<char> first17) => SocialCreditCode.FinalCheckCharacter(first17);

    public static char OrganisationCheckCharacter(ReadOnlySpan<char> body8) => SocialCreditCode.OrganisationCheckCharacter(body8);

    /// <summary>The canonical form of a code (NFKC, no format characters, trimmed, upper case).</summary>
    public static string Normalise(string? input) => IdentifierText.Normalise(input);
}

/// <summary>
/// Outcome of a credit-code check. Format failures are hard errors; the rest are warnings an authorised user may
/// override with a recorded reason, since codes with bad checks or unlisted authority, category or division codes
/// exist in the wild (and division codes go stale when boundaries change).
/// </summary>
internal enum CreditCodeCheck
{
    Valid,
    WrongLength,
    InvalidCharacters,
    OrganisationCheckFailed,
    FinalCheckFailed,
    UnknownAuthority,
    UnknownCategory,
    UnknownDivision,
}
