using System.Globalization;
using Shian.Shared.Kernel.Identifiers;

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

    /// <summary>ISO/IEC 7064 MOD 11-10, as <see cref="FoodLicenceNumber"/> (Shared/Kernel) checks it.</summary>
    public static char CheckDigit(string digits) => FoodLicenceNumber.CheckDigit(digits);

    public static bool IsWellFormed(string? number) =>
        number is { Length: 16 } && number.StartsWith("JY", StringComparison.Ordinal) && FoodLicenceNumber.IsValid(number);
}
