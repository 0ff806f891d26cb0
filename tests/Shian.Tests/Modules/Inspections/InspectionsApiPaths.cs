namespace Shian.Tests.Modules.Inspections;

/// <summary>The Inspections module's API paths, in one place.</summary>
internal static class InspectionsApiPaths
{
    public const string Root = "/api/v1/inspections";
    public const string Checklists = Root + "/checklists";
    public const string Overdue = Root + "/overdue";
    public const string Tasks = Root + "/tasks";
    public const string Referrals = Root + "/referrals";

    public static string Checklist(Guid id) => $"{Checklists}/{id}";

    public static string Inspection(Guid id) => $"{Root}/{id}";

    public static string Item(Guid id, Guid itemId) => $"{Root}/{id}/items/{itemId}";

    public static string Photos(Guid id, Guid itemId) => $"{Item(id, itemId)}/photos";

    public static string Photo(Guid id, string sha256) => $"{Root}/{id}/photos/{sha256}";

    public static string Sign(Guid id) => $"{Root}/{id}/sign";

    public static string Amendments(Guid id) => $"{Root}/{id}/amendments";

    public static string Document(Guid id, string kind) => $"{Root}/{id}/documents/{kind}";

    public static string Public(Guid id) => $"{Root}/public/{id}";

    public static string PublicByOperator(Guid operatorId) => $"{Root}/public/operators/{operatorId}";
}
