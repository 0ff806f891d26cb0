namespace Shian.Shared.Jobs;

/// <summary>
/// Work that runs on a schedule (licence expiry, annual re-grade, reminders). Register as scoped with
/// <c>services.AddScheduledJob&lt;TJob&gt;()</c>; each run gets a fresh scope with the system identity (no request,
/// so no jurisdiction filter). A run must be safe to repeat: a node may die mid-run and the next run starts over.
/// </summary>
public interface IScheduledJob
{
    /// <summary>Stable name, module-prefixed: <c>licensing.expire_licences</c>.</summary>
    string Name { get; }

    /// <summary>Time from the end of one run to the start of the next.</summary>
    TimeSpan Interval { get; }

    /// <summary>Does the work; returns a one-line summary for the job list (e.g. "12 licences expired").</summary>
    Task<string> RunAsync(IProgress<string> progress, CancellationToken ct);
}
