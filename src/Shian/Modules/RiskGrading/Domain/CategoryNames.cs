namespace Shian.Modules.RiskGrading.Domain;

/// <summary>Chinese names of Operators' category codes, for breakdown labels (the codes are Operators' contract).</summary>
internal static class CategoryNames
{
    private static readonly Dictionary<string, string> Names = new()
    {
        ["production"] = "食品生产",
        ["sales"] = "食品销售",
        ["catering"] = "餐饮服务",
        ["unit_canteen"] = "单位食堂",
        ["school_canteen"] = "学校食堂",
        ["meal_delivery"] = "集体用餐配送",
        ["central_kitchen"] = "中央厨房",
        ["online_platform"] = "网络食品交易平台",
        ["agri_market"] = "食用农产品市场",
        ["health_food_production"] = "保健食品生产",
    };

    private static readonly Dictionary<string, string> EntityTypes = new()
    {
        ["Enterprise"] = "企业",
        ["IndividualBusiness"] = "个体工商户",
        ["Cooperative"] = "农民专业合作社",
        ["PublicInstitution"] = "机关事业单位",
    };

    public static string Of(string code) => Names.GetValueOrDefault(code, code);

    public static string EntityType(string? code) => code is null ? "未知（待补充）" : EntityTypes.GetValueOrDefault(code, code);

    /// <summary>Production categories: the operator is a 生产者 for Art. 22's priority rules, otherwise a 经营者.</summary>
    public static bool IsProduction(string code) => code is "production" or "health_food_production";
}
