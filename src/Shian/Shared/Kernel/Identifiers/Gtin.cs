using System.Diagnostics.CodeAnalysis;

namespace Shian.Shared.Kernel.Identifiers;

/// <summary>A GS1 trade item number (GTIN-8, -12, -13 or -14, i.e. EAN/UPC barcodes) with its mod-10 check digit.</summary>
public readonly record struct Gtin
{
    public const string FormatCode = "identifiers.gtin_format";
    public const string CheckCode = "identifiers.gtin_check";

    private readonly string? _value;

    private Gtin(string value) => _value = value;

    public string Value => _value ?? "";

    public static bool TryParse(string? input, out Gtin gtin, [NotNullWhen(false)] out string? errorCode)
    {
        gtin = default;
        var text = IdentifierText.Normalise(input);
        if (text.Length is not (8 or 12 or 13 or 14) || !IdentifierText.AllAsciiDigits(text))
        {
            errorCode = FormatCode;
            return false;
        }

        if (CheckDigit(text.AsSpan(0, text.Length - 1)) != text[^1])
        {
            errorCode = CheckCode;
            return false;
        }

        gtin = new Gtin(text);
        errorCode = null;
        return true;
    }

    /// <summary>GS1: from the right, weights 3, 1, 3, …; the check digit brings the sum to a multiple of 10.</summary>
    public static char CheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var weight = (digits.Length - i) % 2 == 1 ? 3 : 1;
            sum += (digits[i] - '0') * weight;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }

    public override string ToString() => Value;
}
