using System.Globalization;

namespace Shian.Modules.Licensing.Domain;

/// <summary>
/// 食品生产许可证编号 (令第24号): SC + 3-digit food category (first digit 1 食品, 2 食品添加剂) + 6-digit district
/// code of the producer's town (province, city, county) + 4-digit sequence + 1 check digit (cn_rules §4.2).
/// The official check digit is not public; like JY numbers we use ISO 7064 MOD 11-10 over the 14 digits
/// before it, so numbers from other issuers are validated by format only (<c>^SC[12]\d{13}$</c>).
/// </summary>
internal static class ProductionLicenceNumber
{
    public const int MaxSequence = 9_999;

    public static string Prefix(string foodCategory, string districtCode) => "SC" + foodCategory + districtCode;

    public static string Compose(string prefix, long sequence)
    {
        var digits = prefix[2..] + sequence.ToString("D4", CultureInfo.InvariantCulture);
        return "SC" + digits + LicenceNumber.CheckDigit(digits);
    }

    public static bool IsWellFormed(string? number) =>
        number is { Length: 16 } && number.StartsWith("SC", StringComparison.Ordinal) && number[2] is '1' or '2' &&
        number[2..].All(char.IsAsciiDigit) && LicenceNumber.CheckDigit(number[2..15]) == number[15];
}

/// <summary>
/// 备案编号 for sellers of pre-packaged food only. Filing numbers seen in practice start with YB, but their
/// structure is not published (cn_rules §4.1, unverified); we use the JY layout so a number names its district:
/// YB + 主体业态 digit (1 食品销售) + 6-digit district code + 6-digit sequence + ISO 7064 MOD 11-10 check digit.
/// </summary>
internal static class FilingNumber
{
    public const int MaxSequence = 999_999;

    public static string Prefix(string districtCode) => "YB1" + districtCode;

    public static string Compose(string prefix, long sequence) => LicenceNumber.Compose(prefix, sequence);

    public static bool IsWellFormed(string? number) =>
        number is { Length: 16 } && number.StartsWith("YB1", StringComparison.Ordinal) &&
        number[2..].All(char.IsAsciiDigit) && LicenceNumber.CheckDigit(number[2..15]) == number[15];
}
