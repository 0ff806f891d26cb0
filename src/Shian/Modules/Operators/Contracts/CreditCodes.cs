namespace Shian.Modules.Operators.Contracts;

/// <summary>
/// GB 32100 unified social credit codes: the one implementation of composing a code and of its two check
/// characters (GB 11714 at position 17, GB 32100 at 18). Operators validates with it; Registration issues codes
/// with it; demo data and tests make codes with it. See shared/domain/cn_rules.md §5.
/// </summary>
public static class CreditCodes
{
    /// <summary>The 31 characters a code may use (no I, O, S, V, Z), in value order 0–30.</summary>
    public const string Charset = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>True when the code is well formed and both check characters are right.</summary>
    public static bool IsValid(string? code)
    {
        var c = (code ?? "").Trim().ToUpperInvariant();
        return c.Length == 18 && c.All(Charset.Contains) && c.AsSpan(2, 6).IndexOfAnyExceptInRange('0', '9') < 0 &&
               OrganisationCheckCharacter(c.AsSpan(8, 8)) == c[16] && FinalCheckCharacter(c.AsSpan(0, 17)) == c[17];
    }

    /// <summary>A code from its parts: 登记管理部门 (9 = 市场监管), 机构类别, 6-digit division code, 8-character body.</summary>
    public static string Compose(char authority, char category, string districtCode, string organisationBody) =>
        Compose(authority, category, districtCode, organisationBody.AsSpan());

    /// <summary>
    /// The one composer of codes: 登记管理部门 + 机构类别 + 6-digit division code + 8-character organisation body,
    /// then the GB 11714 check (position 17) and the GB 32100 check (position 18).
    /// </summary>
    public static string Compose(char authority, char category, string districtCode, ReadOnlySpan<char> body8)
    {
        if (districtCode.Length != 6 || districtCode.AsSpan().IndexOfAnyExceptInRange('0', '9') >= 0)
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
