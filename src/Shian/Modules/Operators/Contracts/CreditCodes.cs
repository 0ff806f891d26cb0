using Shian.Modules.Operators.Domain;

namespace Shian.Modules.Operators.Contracts;

/// <summary>
/// GB 32100 unified social credit codes for other modules (Registration issues them, demo data and tests make
/// them): the one implementation of the two check characters lives in Operators' domain.
/// </summary>
public static class CreditCodes
{
    /// <summary>The 31 characters a code may use (no I, O, S, V, Z), in value order 0–30.</summary>
    public const string Charset = UnifiedSocialCreditCode.Charset;

    /// <summary>
    /// A code from its parts: <paramref name="authority"/> (登记管理部门, 9 = 市场监管), <paramref name="category"/>
    /// (机构类别, e.g. 1 企业, 2 个体工商户, 3 农民专业合作社), the 6-digit division code of the registering authority and
    /// the 8-character organisation body; both check characters are computed.
    /// </summary>
    public static string Compose(char authority, char category, string districtCode, string organisationBody) =>
        UnifiedSocialCreditCode.Compose(authority, category, districtCode, organisationBody);

    /// <summary>True when the code is well formed and both check characters are right.</summary>
    public static bool IsValid(string? code) => UnifiedSocialCreditCode.Check(code) == CreditCodeCheck.Valid;
}
