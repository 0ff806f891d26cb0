using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Licensing.Domain;

/// <summary>
/// 现场核查 before a decision: a reviewer asks the premises' town inspectors to look at the premises; any
/// inspector whose scope covers that town records what they found, and the reviewer decides on it.
/// </summary>
internal sealed class SiteVerification : Entity, IAudited, IJurisdictionScoped
{
    public Guid ApplicationId { get; init; }

    public Guid OperatorId { get; init; }

    public string OperatorName { get; init; } = "";

    public string PremisesAddress { get; init; } = "";

    /// <summary>The premises' town: its inspectors get the task.</summary>
    public string JurisdictionCode { get; init; } = "";

    /// <summary>What the reviewer wants looked at.</summary>
    public string Instructions { get; init; } = "";

    public string RequestedBy { get; init; } = "";

    public DateTimeOffset RequestedAt { get; init; }

    /// <summary><c>Open</c>, then <c>Passed</c> or <c>Failed</c>.</summary>
    public string Status { get; private set; } = Open;

    public string? Notes { get; private set; }

    public string? RecordedBy { get; private set; }

    public DateTimeOffset? RecordedAt { get; private set; }

    public const string Open = "Open";
    public const string Passed = "Passed";
    public const string Failed = "Failed";

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;

    public void Record(bool passed, string? notes, string inspector, DateTimeOffset at)
    {
        Status = passed ? Passed : Failed;
        Notes = notes;
        RecordedBy = inspector;
        RecordedAt = at;
    }
}

/// <summary>The outcomes of a post-approval check (告知承诺核查).</summary>
internal static class CheckOutcome
{
    public const string Open = "Open";
    public const string Confirmed = "Confirmed";
    public const string Discrepancies = "Discrepancies";
}
