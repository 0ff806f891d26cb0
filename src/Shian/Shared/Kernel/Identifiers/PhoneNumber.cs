using System.Diagnostics.CodeAnalysis;

namespace Shian.Shared.Kernel.Identifiers;

/// <summary>
/// A mainland China telephone number as the forms take it: an 11-digit mobile number (1, then 3–9, then nine
/// digits) or a landline with its area code (0 + 2–3 digits, an optional hyphen, 7–8 digits). ASCII digits only;
/// the canonical form keeps the hyphen as typed.
/// </summary>
public readonly record struct PhoneNumber
{
    public const string FormatCode = "identifiers.phone_format";

    private readonly string? _value;

    private PhoneNumber(string value) => _value = value;

    public string Value => _value ?? "";

    public bool IsMobile => Value.Length == 11 && Value[0] == '1';

    public static bool TryParse(string? input, out PhoneNumber phone, [NotNullWhen(false)] out string? errorCode)
    {
        phone = default;
        var text = IdentifierText.Normalise(input);
        if (!IsMobileText(text) && !IsLandlineText(text))
        {
            errorCode = FormatCode;
            return false;
        }

        phone = new PhoneNumber(text);
        errorCode = null;
        return true;
    }

    /// <summary>The parsed number; for values already validated (a validation attribute ran).</summary>
    public static PhoneNumber Parse(string? input) =>
        TryParse(input, out var phone, out var error) ? phone : throw new FormatException(error);

    private static bool IsMobileText(string text) =>
        text.Length == 11 && text[0] == '1' && text[1] is >= '3' and <= '9' && IdentifierText.AllAsciiDigits(text);

    // 0 + 2–3 digit area code, optional hyphen, 7–8 digits: with a hyphen both parts are checked, without one any
    // 10 to 12 digits starting with 0 will do (the split is ambiguous).
    private static bool IsLandlineText(string text)
    {
        if (text.Length < 10 || text[0] != '0')
        {
            return false;
        }

        var hyphen = text.IndexOf('-');
        return hyphen < 0
            ? text.Length <= 12 && IdentifierText.AllAsciiDigits(text)
            : hyphen is 3 or 4 && IdentifierText.AllAsciiDigits(text.AsSpan(0, hyphen)) &&
              text.Length - hyphen - 1 is 7 or 8 && IdentifierText.AllAsciiDigits(text.AsSpan(hyphen + 1));
    }

    public override string ToString() => Value;
}
