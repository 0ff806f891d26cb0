namespace Shian.Modules.RiskGrading.Domain;

/// <summary>
/// Names of Operators' category codes and legal forms for breakdown labels (the codes are Operators' contract),
/// from the module's resources (<c>Category_*</c>, <c>EntityType_*</c>) in Chinese, as breakdowns are stored.
/// </summary>
internal static class CategoryNames
{
    private static readonly HashSet<string> Categories =
    [
        "production", "sales", "catering", "unit_canteen", "school_canteen", "meal_delivery", "central_kitchen", "online_platform",
        "agri_market", "health_food_production",
    ];

    private static readonly HashSet<string> EntityTypes = ["Enterprise", "IndividualBusiness", "Cooperative", "PublicInstitution"];

    public static string Of(string code) => Categories.Contains(code) ? RiskGradingTexts.Zh("Category_" + code) : code;

    public static string EntityType(string? code) => code is null
        ? RiskGradingTexts.Zh("EntityType_Unknown")
        : EntityTypes.Contains(code) ? RiskGradingTexts.Zh("EntityType_" + code) : code;

    /// <summary>Production categories: the operator is a 生产者 for Art. 22's priority rules, otherwise a 经营者.</summary>
    public static bool IsProduction(string code) => code is "production" or "health_food_production";
}
