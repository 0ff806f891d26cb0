using System.Globalization;

namespace Shian.Modules.Licensing.Domain;

/// <summary>
/// 食品经营许可证编号: JY + 1 主体业态 digit + 6-digit district code (province, city, county) + 6-digit sequence +
/// 1 check digit. The official check-digit algorithm is not public; we use ISO 7064 MOD 11-10 over the 13
/// digits, which is documented and catches every single-digit error (see the module README).
/// </summary>
internal static class LicenceNumber
{
    public const int MaxSequence = 999_999;

    public static string Prefix(int businessType, string districtCode) =>
        "JY" + businessType.ToString(CultureInfo.InvariantCulture) + districtCode;

    public static string Compose(string prefix, long sequence)
    {
        var digits = prefix[2..] + sequence.ToString("D6", CultureInfo.InvariantCulture);
        return prefix + sequence.ToString("D6", CultureInfo.InvariantCulture) + CheckDigit(digits);
    }

    /// <summary>ISO/IEC 7064 MOD 11-10 (the pure-system hybrid used by e.g. German VAT numbers).</summary>
    public static char CheckDigit(string digits)
    {
        var p = 10;
        foreach (var c in digits)
        {
            var s = (p + (c - '0')) % 10;
            p = (s == 0 ? 10 : s) * 2 % 11;
        }

        return (char)('0' + ((11 - p) % 10));
    }

    public static bool IsWellFormed(string? number) =>
        number is { Length: 16 } && number.StartsWith("JY", StringComparison.Ordinal) && number[2] is >= '1' and <= '3' &&
        number[2..].All(char.IsAsciiDigit) && CheckDigit(number[2..15]) == number[15];
}
