using System.Diagnostics.CodeAnalysis;

namespace Shian.Shared.Kernel.Identifiers;

/// <summary>
/// A GB 32100-2015 unified social credit code (统一社会信用代码): 登记管理部门 + 机构类别 + 6-digit GB/T 2260
/// division code + 8-character organisation body + GB 11714 check (position 17) + GB 32100 check (position 18),
/// from a 31-character set (no I, O, S, V, Z). <see cref="TryParse"/> refuses what is malformed (length,
/// characters); <see cref="Check"/> reports what real registers may still hold — failed check characters, and
/// authority, category or division codes that GB 32100 / GB/T 2260 do not define — as warnings an authorised user
/// may override with a reason (shared/domain/cn_rules.md §5).
/// </summary>
public readonly record struct SocialCreditCode
{
    public const string FormatCode = "identifiers.credit_code_format";

    /// <summary>The 31 characters a code may use, in value order 0–30.</summary>
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly System.Buffers.SearchValues<char> CharsetValues = System.Buffers.SearchValues.Create(Charset);
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// GB 32100 Annex: the entity categories each registration authority defines (1 机构编制, 2 外交, 3 司法行政,
    /// 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 市场监管, A 中央军委改革和编制办公室, N 农业, Y 其他).
    /// </summary>
    private static readonly Dictionary<char, string> CategoriesByAuthority = new()
    {
        ['1'] = "1239",
        ['2'] = "19",
        ['3'] = "123459",
        ['4'] = "19",
        ['5'] = "1239",
        ['6'] = "129",
        ['7'] = "129",
        ['8'] = "19",
        ['9'] = "123",
        ['A'] = "19",
        ['N'] = "1239",
        ['Y'] = "1",
    };

    /// <summary>GB/T 2260 province-level prefixes; 10 is the national level (e.g. 91100000… registered by SAMR).</summary>
    private static readonly HashSet<string> Provinces =
    [
        "10", "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
        "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82",
    ];

    private readonly string? _value;

    private SocialCreditCode(string value) => _value = value;

    public string Value => _value ?? "";

    public static bool TryParse(string? input, out SocialCreditCode code, [NotNullWhen(false)] out string? errorCode)
    {
        code = default;
        var text = IdentifierText.Normalise(input);
        if (text.Length != 18 || text.AsSpan().IndexOfAnyExcept(CharsetValues) >= 0 || !IdentifierText.AllAsciiDigits(text.AsSpan(2, 6)))
        {
            errorCode = FormatCode;
            return false;
        }

        code = new SocialCreditCode(text);
        errorCode = null;
        return true;
    }

    /// <summary>The first warning for a well-formed code, or <see cref="CreditCodeWarning.None"/>.</summary>
    public CreditCodeWarning Check()
    {
        var c = Value;
        if (!CategoriesByAuthority.TryGetValue(c[0], out var categories))
        {
            return CreditCodeWarning.UnknownAuthority;
        }

        if (!categories.Contains(c[1]))
        {
            return CreditCodeWarning.UnknownCategory;
        }

        if (!Provinces.Contains(c[2..4]))
        {
            return CreditCodeWarning.UnknownDivision;
        }

        if (OrganisationCheckCharacter(c.AsSpan(8, 8)) != c[16])
        {
            return CreditCodeWarning.OrganisationCheckFailed;
        }

        return FinalCheckCharacter(c.AsSpan(0, 17)) == c[17] ? CreditCodeWarning.None : CreditCodeWarning.FinalCheckFailed;
    }

    /// <summary>True when both check characters are right (structure aside).</summary>
    public bool ChecksPass => OrganisationCheckCharacter(Value.AsSpan(8, 8)) == Value[16] && FinalCheckCharacter(Value.AsSpan(0, 17)) == Value[17];

    /// <summary>
    /// The one composer of codes: authority + category + 6-digit division code + 8-character organisation body,
    /// then the GB 11714 check (position 17) and the GB 32100 check (position 18).
    /// </summary>
    public static SocialCreditCode Compose(char authority, char category, string districtCode, ReadOnlySpan<char> body8)
    {
        if (districtCode.Length != 6 || !IdentifierText.AllAsciiDigits(districtCode))
        {
            throw new ArgumentException("The division code must be 6 digits.", nameof(districtCode));
        }

        if (body8.Length != 8 || !Charset.Contains(authority) || !Charset.Contains(category) || body8.IndexOfAnyExcept(CharsetValues) >= 0)
        {
            throw new ArgumentException("The organisation body must be 8 characters of the GB 32100 charset.", nameof(body8));
        }

        var first17 = string.Concat($"{authority}{category}{districtCode}", body8, OrganisationCheckCharacter(body8).ToString());
        return new SocialCreditCode(first17 + FinalCheckCharacter(first17));
    }

    /// <summary>Position 18: 31 − (Σ value·3^(i−1) mod 31), 31 → 0, mapped back through the charset.</summary>
    public static char FinalCheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Charset.IndexOf(first17[i]) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return Charset[check == 31 ? 0 : check];
    }

    /// <summary>GB 11714: 11 − (Σ value·w mod 11), 10 → X, 11 → 0; digits are 0–9 and letters A=10 … Z=35.</summary>
    public static char OrganisationCheckCharacter(ReadOnlySpan<char> body8)
    {
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = body8[i];
            sum += (char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10) * OrgWeights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }

    public override string ToString() => Value;
}

/// <summary>What may be wrong with a well-formed credit code; each is a warning an authorised user may override.</summary>
public enum CreditCodeWarning
{
    None,
    UnknownAuthority,
    UnknownCategory,
    UnknownDivision,
    OrganisationCheckFailed,
    FinalCheckFailed,
}
