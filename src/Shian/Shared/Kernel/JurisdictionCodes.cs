namespace Shian.Shared.Kernel;

/// <summary>
/// Jurisdiction codes follow GB/T 2260 (6 digits: city ends in "00", district/county otherwise)
/// and GB/T 10114 (9 digits for a town or street). A record belongs to a scope when its town code
/// starts with the scope's prefix, which lets every provider filter with an indexable LIKE 'prefix%'.
/// </summary>
public static class JurisdictionCodes
{
    public static bool IsCity(string code) => code.Length == 6 && code.EndsWith("00", StringComparison.Ordinal);

    public static bool IsDistrict(string code) => code.Length == 6 && !IsCity(code);

    public static bool IsTown(string code) => code.Length == 9;

    /// <summary>The prefix that all town codes inside <paramref name="scopeCode"/> start with.</summary>
    public static string ScopePrefix(string scopeCode) => IsCity(scopeCode) ? scopeCode[..4] : scopeCode;

    public static string DistrictOf(string townCode) => townCode[..6];

    public static bool Contains(string scopeCode, string townCode) =>
        townCode.StartsWith(ScopePrefix(scopeCode), StringComparison.Ordinal);
}
