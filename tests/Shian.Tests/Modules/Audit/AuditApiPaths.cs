namespace Shian.Tests.Modules.Audit;

/// <summary>The Audit module's API and page paths, in one place.</summary>
internal static class AuditApiPaths
{
    public const string Root = "/api/v1/audit";
    public const string Verify = Root + "/verify";
    public const string Entries = Root + "/entries";
    public const string Page = "/audit";
    public const string Checkpoints = Root + "/checkpoints";
    public const string LatestCheckpoint = Root + "/checkpoints/latest";
    public const string Published = Root + "/published";
    public const string PublishedPage = "/portal/ledger";
    public const string VerifyJob = "/api/v1/administration/jobs/audit.verify/run";
    public const string CheckpointJob = "/api/v1/administration/jobs/audit.checkpoint/run";

    public static string Row(string entityType, Guid entityId) => $"{Root}/rows/{entityType}/{entityId}";

    public static string Proof(long sequence) => $"{Root}/proof/{sequence}";

    public static string EntriesOf(string entityType, Guid entityId) => $"{Entries}?entityType={entityType}&entityId={entityId}";

    public static string PageOf(string entityType, Guid entityId) => $"{Page}?entityType={entityType}&entityId={entityId}";
}
