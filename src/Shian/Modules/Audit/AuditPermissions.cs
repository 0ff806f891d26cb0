using Shian.Shared.Security;

namespace Shian.Modules.Audit;

internal static class AuditPermissions
{
    /// <summary>Policy names, for <c>[Authorize(Policy = …)]</c>, <c>RequireAuthorization(…)</c> and navigation.</summary>
    public const string VerifyPolicy = "Audit.Verify";
    public const string BrowsePolicy = "Audit.Browse";
    public const string CheckpointPolicy = "Audit.Checkpoint";

    public static readonly Permission Verify = new(VerifyPolicy, [Roles.Administrator, Roles.Leader], "audit:verify");
    public static readonly Permission Browse = new(BrowsePolicy, [Roles.Administrator]);

    /// <summary>Signing a checkpoint of the head on demand (the daily ones are the job's).</summary>
    public static readonly Permission Checkpoint = new(CheckpointPolicy, [Roles.Administrator]);

    public static readonly Permission[] All = [Verify, Browse, Checkpoint];
}
