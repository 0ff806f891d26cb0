namespace Shian.Tests.Modules.Audit;

/// <summary>The Audit module's API and page paths, in one place.</summary>
internal static class AuditApiPaths
{
    public const string Root = "/api/v1/audit";
    public const string Verify = Root + "/verify";
    public const string Entries = Root + "/entries";
    public const string Page = "/audit";

    public static string EntriesOf(string entityType, Guid entityId) => $"{Entries}?entityType={entityType}&entityId={entityId}";

    public static string PageOf(string entityType, Guid entityId) => $"{Page}?entityType={entityType}&entityId={entityId}";
}
