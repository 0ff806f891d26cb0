using System.Globalization;
using System.Text;

namespace Shian.Shared.Kernel.Identifiers;

/// <summary>
/// The one normalisation every identifier goes through before its ASCII-only checks: Unicode NFKC (full-width
/// ０-９ and Ａ-Ｚ become ASCII, the ideographic space a space), format characters (category Cf: zero-width
/// spaces and joiners, bidi marks, the BOM) removed, surrounding white space trimmed, ASCII letters upper-cased.
/// Removing Cf is safe here because no identifier may contain one; anything else that is not ASCII stays and is
/// refused by the type's checks (NFKC leaves Arabic-Indic and other non-ASCII digits alone, on purpose: they are
/// refused rather than guessed at). Never test identifiers with <c>\d</c>, which matches every Unicode digit.
/// </summary>
public static class IdentifierText
{
    public static string Normalise(string? input)
    {
        if (string.IsNullOrEmpty(input))
        {
            return "";
        }

        string composed;
        try
        {
            composed = input.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            composed = input; // a lone surrogate: left as it is, the ASCII checks refuse it
        }

        var text = new StringBuilder(composed.Length);
        foreach (var c in composed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format)
            {
                text.Append(char.IsAsciiLetterLower(c) ? char.ToUpperInvariant(c) : c);
            }
        }

        return text.ToString().Trim();
    }

    /// <summary>True when every character of <paramref name="text"/> is an ASCII digit 0–9.</summary>
    public static bool AllAsciiDigits(ReadOnlySpan<char> text) => text.Length > 0 && text.IndexOfAnyExceptInRange('0', '9') < 0;
}
