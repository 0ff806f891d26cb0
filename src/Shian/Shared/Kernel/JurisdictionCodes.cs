namespace Shian.Shared.Kernel;

/// <summary>
/// Jurisdiction codes follow GB/T 2260 (6 digits: city ends in "00", district/county otherwise)
/// and GB/T 10114 (9 digits for a town or street). A record belongs to a scope when its town code
/// starts with the scope's prefix. Queries test that as a range (<see cref="PrefixRange"/>), which every
/// provider can answer from an index; a parameterised LIKE 'prefix%' or left(code, n) cannot be.
/// </summary>
public static class JurisdictionCodes
{
    public static bool IsCity(string code) => code.Length == 6 && code.EndsWith("00", StringComparison.Ordinal);

    public static bool IsDistrict(string code) => code.Length == 6 && !IsCity(code);

    public static bool IsTown(string code) => code.Length == 9;

    /// <summary>The prefix that all town codes inside <paramref name="scopeCode"/> start with.</summary>
    public static string ScopePrefix(string scopeCode) => IsCity(scopeCode) ? scopeCode[..4] : scopeCode;

    public static string DistrictOf(string townCode) => townCode[..6];

    /// <summary>
    /// The closed range of codes that start with <paramref name="prefix"/>: [prefix, prefix padded with 9s to the
    /// 9 digits of a town code]. For codes of digits the two tests are the same: a code of digits that does not start
    /// with the prefix sorts before it or after the padded end, in any collation (digits sort alike in all of them).
    /// A prefix that is not all digits (the "-" that enterprise and anonymous callers get) gives an empty range.
    /// </summary>
    public static (string Low, string High) PrefixRange(string prefix) =>
        prefix.Length is > 0 and <= 9 && prefix.All(char.IsAsciiDigit)
            ? (prefix, prefix.PadRight(9, '9'))
            : ("1", "0");

    public static bool Contains(string scopeCode, string townCode) =>
        townCode.StartsWith(ScopePrefix(scopeCode), StringComparison.Ordinal);
}
