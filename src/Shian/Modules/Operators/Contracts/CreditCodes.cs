using Shian.Shared.Kernel.Identifiers;

namespace Shian.Modules.Operators.Contracts;

/// <summary>
/// GB 32100 unified social credit codes: the one implementation of composing a code and of its two check
/// characters (GB 11714 at position 17, GB 32100 at 18). Operators validates with it; Registration issues codes
/// with it; demo data and tests make codes with it. The algorithms live in <see cref="SocialCreditCode"/> (Shared/Kernel);
/// this is its string-shaped face for the modules. See shared/domain/cn_rules.md §5.
/// </summary>
public static class CreditCodes
{
    /// <summary>The 31 characters a code may use (no I, O, S, V, Z), in value order 0–30.</summary>
    public const string Charset = SocialCreditCode.Charset;

    /// <summary>True when the code is well formed and both check characters are right.</summary>
    public static bool IsValid(string? code) => SocialCreditCode.TryParse(code, out var parsed, out _) && parsed.ChecksPass;

    /// <summary>A code from its parts: 登记管理部门 (9 = 市场监管), 机构类别, 6-digit division code, 8-character body.</summary>
    public static string Compose(char authority, char category, string districtCode, string organisationBody) =>
        Compose(authority, category, districtCode, organisationBody.AsSpan());

    /// <inheritdoc cref="SocialCreditCode.Compose"/>
    public static string Compose(char authority, char category, string districtCode, ReadOnlySpan<char> body8) =>
        SocialCreditCode.Compose(authority, category, districtCode, body8).Value;

    /// <inheritdoc cref="SocialCreditCode.FinalCheckCharacter"/>
    public static char FinalCheckCharacter(ReadOnlySpan<char> first17) => SocialCreditCode.FinalCheckCharacter(first17);

    /// <inheritdoc cref="SocialCreditCode.OrganisationCheckCharacter"/>
    public static char OrganisationCheckCharacter(ReadOnlySpan<char> body8) => SocialCreditCode.OrganisationCheckCharacter(body8);
}
