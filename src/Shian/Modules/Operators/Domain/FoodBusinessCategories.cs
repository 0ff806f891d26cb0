namespace Shian.Modules.Operators.Domain;

/// <summary>
/// The food business categories an operator or premises may carry. Codes are stable identifiers; names come
/// from OperatorsResources so that they are translatable.
/// </summary>
internal static class FoodBusinessCategories
{
    public const string Production = "production";
    public const string Sales = "sales";
    public const string Catering = "catering";
    public const string UnitCanteen = "unit_canteen";
    public const string SchoolCanteen = "school_canteen";
    public const string CollectiveMealDelivery = "meal_delivery";
    public const string CentralKitchen = "central_kitchen";
    public const string OnlinePlatform = "online_platform";
    public const string AgriculturalMarket = "agri_market";
    public const string HealthFoodProduction = "health_food_production";

    public static readonly IReadOnlyList<string> All =
    [
        Production, Sales, Catering, UnitCanteen, SchoolCanteen, CollectiveMealDelivery, CentralKitchen,
        OnlinePlatform, AgriculturalMarket, HealthFoodProduction,
    ];

    public static bool IsKnown(string code) => All.Contains(code);
}
