using System.Diagnostics.CodeAnalysis;

namespace Shian.Shared.Kernel.Identifiers;

/// <summary>
/// A licence or filing number as the Licensing module issues them, 16 ASCII characters: 食品经营许可证 JY + 主体业态
/// digit 1–3, 食品生产许可证 SC + 1 (食品) or 2 (食品添加剂), 备案编号 YB1; then 13 digits and an ISO 7064
/// MOD 11-10 check digit over the 14 digits after the letters (Licensing's README says why that algorithm).
/// </summary>
public readonly record struct FoodLicenceNumber
{
    public const string FormatCode = "identifiers.licence_number_format";
    public const string CheckCode = "identifiers.licence_number_check";

    private readonly string? _value;

    private FoodLicenceNumber(string value) => _value = value;

    public string Value => _value ?? "";

    public static bool TryParse(string? input, out FoodLicenceNumber number, [NotNullWhen(false)] out string? errorCode)
    {
        number = default;
        var text = IdentifierText.Normalise(input);
        var kindDigitOk = text.Length == 16 && text[..2] switch
        {
            "JY" => text[2] is >= '1' and <= '3',
            "SC" => text[2] is '1' or '2',
            "YB" => text[2] is '1',
            _ => false,
        };
        if (!kindDigitOk || !IdentifierText.AllAsciiDigits(text.AsSpan(2)))
        {
            errorCode = FormatCode;
            return false;
        }

        if (CheckDigit(text.AsSpan(2, 13)) != text[15])
        {
            errorCode = CheckCode;
            return false;
        }

        number = new FoodLicenceNumber(text);
        errorCode = null;
        return true;
    }

    public static bool IsValid(string? input) => TryParse(input, out _, out _);

    /// <summary>ISO/IEC 7064 MOD 11-10 (the pure-system hybrid used by e.g. German VAT numbers) over ASCII digits.</summary>
    public static char CheckDigit(ReadOnlySpan<char> digits)
    {
        var p = 10;
        foreach (var c in digits)
        {
            var s = (p + (c - '0')) % 10;
            p = (s == 0 ? 10 : s) * 2 % 11;
        }

        return (char)('0' + ((11 - p) % 10));
    }

    public override string ToString() => Value;
}
