namespace Shian.Modules.Inspections.Domain;

/// <summary>The stable codes of inspection kinds and sectors (cn_rules §2); their names are in the resources (Kind_*, Sector_*).</summary>
internal static class InspectionKinds
{
    public const string Routine = "routine";
    public const string Flying = "flying";
    public const string System = "system";
    public const string Special = "special";
    public const string PostLicence = "post_licence";

    public static readonly IReadOnlyList<string> All = [Routine, Flying, System, Special, PostLicence];

    public static bool IsKnown(string kind) => All.Contains(kind);

    /// <summary>The kind's name in the caller's language.</summary>
    public static string Name(string kind) => InspectionsText.Get("Kind_" + kind);

    /// <summary>The kind's Chinese name, for documents and records.</summary>
    public static string ChineseName(string kind) => InspectionsText.Zh("Kind_" + kind);

    /// <summary>Only flying inspections may leave points unchecked (令第49号 第二十七条).</summary>
    public static bool MaySkipItems(string kind) => kind == Flying;
}

internal static class Sectors
{
    public const string Production = "production";
    public const string Sales = "sales";
    public const string Catering = "catering";

    public static readonly IReadOnlyList<string> All = [Production, Sales, Catering];

    public static bool IsKnown(string sector) => All.Contains(sector);

    /// <summary>The sector's name in the caller's language.</summary>
    public static string Name(string sector) => InspectionsText.Get("Sector_" + sector);

    /// <summary>The sector's Chinese name, for documents and records.</summary>
    public static string ChineseName(string sector) => InspectionsText.Zh("Sector_" + sector);
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
