namespace Shian.Modules.Operators.Features.EditOperator;

/// <summary>Chinese names of the operator's fields, for the timeline's "changed: …" line.</summary>
internal static class OperatorFieldNames
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["CreditCode"] = "统一社会信用代码",
        ["CreditCodeOverrideReason"] = "代码校验说明",
        ["Name"] = "名称",
        ["EntityType"] = "主体类型",
        ["LegalRepresentative"] = "法定代表人",
        ["LegalRepresentativeIdCipher"] = "身份证号码",
        ["LegalRepresentativeIdMasked"] = "身份证号码",
        ["PhoneCipher"] = "联系电话",
        ["PhoneMasked"] = "联系电话",
        ["ContactPerson"] = "联系人",
        ["ContactEmail"] = "电子邮箱",
        ["RegisteredAddress"] = "注册地址",
        ["JurisdictionCode"] = "所在镇街",
        ["CategoryCodes"] = "经营类别",
        ["Status"] = "状态",
    };

    public static string Label(string property) => Labels.GetValueOrDefault(property, property);
}
