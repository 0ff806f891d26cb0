namespace Shian.Modules.Licensing;

/// <summary>The rule sets the module reads from the rule book (seeded from <c>Seed/licensing*.rules.json</c>).</summary>
internal static class LicensingRules
{
    public const string BusinessTypes = "licensing.business_types";
    public const string Items = "licensing.items";
    public const string Materials = "licensing.materials";
    public const string Commitment = "licensing.commitment";
    public const string CommitmentKinds = "licensing.commitment_kinds";
    public const string Credit = "licensing.credit";
    public const string Duplicate = "licensing.duplicate";
    public const string Deadlines = "licensing.deadlines";
    public const string Validity = "licensing.validity";
    public const string Change = "licensing.change";
    public const string Renewal = "licensing.renewal";
    public const string Reminders = "licensing.reminders";
    public const string FilingItems = "licensing.filing_items";
    public const string FoodCategories = "licensing.food_categories";
    public const string Revocation = "licensing.revocation";

    /// <summary>The materials checklist of a lifecycle or SC application kind (<c>licensing.materials.change</c> …).</summary>
    public static string MaterialsOf(string kind) => $"{Materials}.{kind}";
}
