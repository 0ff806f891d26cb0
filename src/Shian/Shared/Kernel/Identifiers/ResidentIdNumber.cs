using System.Diagnostics.CodeAnalysis;

namespace Shian.Shared.Kernel.Identifiers;

/// <summary>
/// A GB 11643 citizen identity number (居民身份证号码): 17 ASCII digits and a weighted mod-11 check character
/// (0–9 or X). The only way a module accepts, stores, matches or bans one: <see cref="ToString"/> is the canonical
/// ASCII form, so a ban recorded for <c>44070519900101789X</c> also matches <c>４４０７…</c> or a number with a
/// zero-width space in front.
/// </summary>
public readonly record struct ResidentIdNumber
{
    public const string FormatCode = "identifiers.id_number_format";
    public const string CheckCode = "identifiers.id_number_check";

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private readonly string? _value;

    private ResidentIdNumber(string value) => _value = value;

    public string Value => _value ?? "";

    public static bool TryParse(string? input, out ResidentIdNumber id, [NotNullWhen(false)] out string? errorCode)
    {
        id = default;
        var text = IdentifierText.Normalise(input);
        if (text.Length != 18 || !IdentifierText.AllAsciiDigits(text.AsSpan(0, 17)) || text[17] is not ((>= '0' and <= '9') or 'X'))
        {
            errorCode = FormatCode;
            return false;
        }

        if (CheckCharacter(text.AsSpan(0, 17)) != text[17])
        {
            errorCode = CheckCode;
            return false;
        }

        id = new ResidentIdNumber(text);
        errorCode = null;
        return true;
    }

    /// <summary>The parsed number; for values already validated (a validation attribute ran).</summary>
    public static ResidentIdNumber Parse(string? input) =>
        TryParse(input, out var id, out var error) ? id : throw new FormatException(error);

    public static bool IsValid(string? input) => TryParse(input, out _, out _);

    /// <summary>The 18th character for the first 17 ASCII digits.</summary>
    public static char CheckCharacter(ReadOnlySpan<char> first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    public override string ToString() => Value;
}
