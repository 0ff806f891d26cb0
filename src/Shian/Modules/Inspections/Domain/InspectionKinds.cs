namespace Shian.Modules.Inspections.Domain;

/// <summary>The stable codes of inspection kinds and sectors (cn_rules §2) and their Chinese names.</summary>
internal static class InspectionKinds
{
    public const string Routine = "routine";
    public const string Flying = "flying";
    public const string System = "system";
    public const string Special = "special";
    public const string PostLicence = "post_licence";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Routine] = "日常监督检查",
        [Flying] = "飞行检查",
        [System] = "体系检查",
        [Special] = "专项检查",
        [PostLicence] = "许可后核查",
    };

    /// <summary>Only flying inspections may leave points unchecked (令第49号 第二十七条).</summary>
    public static bool MaySkipItems(string kind) => kind == Flying;
}

internal static class Sectors
{
    public const string Production = "production";
    public const string Sales = "sales";
    public const string Catering = "catering";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [Production] = "食品生产",
        [Sales] = "食品销售",
        [Catering] = "餐饮服务",
    };
}

/// <summary>An item's finding on site; null while not yet checked.</summary>
internal enum ItemOutcome
{
    Conforms,
    DoesNotConform,
    NotApplicable,
}

internal enum InspectionStatus
{
    Draft,
    Signed,
}
