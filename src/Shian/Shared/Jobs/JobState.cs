namespace Shian.Shared.Jobs;

/// <summary>
/// One row per job in <c>platform_job_state</c>: when it last ran and how, and the lease that lets exactly one
/// web node run it at a time (nodes are stateless; the database is the only thing they share).
/// </summary>
internal sealed class JobState
{
    public required string Name { get; init; }

    public string? LeaseHolder { get; set; }

    public DateTimeOffset LeaseUntil { get; set; }

    public DateTimeOffset? LastStartedAt { get; set; }

    public DateTimeOffset? LastFinishedAt { get; set; }

    public bool? LastSucceeded { get; set; }

    public string? LastSummary { get; set; }

    public string? Progress { get; set; }
}
