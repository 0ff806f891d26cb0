namespace Shian.Modules.Operators.Domain;

/// <summary>
/// GB 32100-2015 unified social credit code: 18 characters from a 31-character set (no I, O, S, V, Z).
/// Positions 9–17 embed a GB 11714 organisation code with its own check character (position 17);
/// position 18 checks the whole code. See shared/domain/cn_rules.md §5.
/// </summary>
internal static class UnifiedSocialCreditCode
{
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];

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

        if (OrganisationCheckCharacter(code.AsSpan(8, 8)) != code[16])
        {
            return CreditCodeCheck.OrganisationCheckFailed;
        }

        return FinalCheckCharacter(code.AsSpan(0, 17)) == code[17] ? CreditCodeCheck.Valid : CreditCodeCheck.FinalCheckFailed;
    }

    /// <summary>
    /// The one composer of codes: 登记管理部门 + 机构类别 + 6-digit division code + 8-character organisation body,
    /// then the GB 11714 check (position 17) and the GB 32100 check (position 18).
    /// </summary>
    public static string Compose(char authority, char category, string districtCode, ReadOnlySpan<char> body8)
    {
        if (districtCode.Length != 6 || !districtCode.AsSpan().ContainsOnlyDigits())
        {
            throw new ArgumentException("The division code must be 6 digits.", nameof(districtCode));
        }

        if (body8.Length != 8 || !Charset.Contains(authority) || !Charset.Contains(category))
        {
            throw new ArgumentException("The organisation body must be 8 characters of the GB 32100 charset.", nameof(body8));
        }

        foreach (var c in body8)
        {
            if (!Charset.Contains(c))
            {
                throw new ArgumentException("The organisation body must be 8 characters of the GB 32100 charset.", nameof(body8));
            }
        }

        var first17 = string.Concat($"{authority}{category}{districtCode}", body8, OrganisationCheckCharacter(body8).ToString());
        return first17 + FinalCheckCharacter(first17);
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
            sum += (char.IsDigit(c) ? c - '0' : c - 'A' + 10) * OrgWeights[i];
        }

        var check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }
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
