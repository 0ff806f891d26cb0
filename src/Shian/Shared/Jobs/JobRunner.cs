using Microsoft.EntityFrameworkCore;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Shared.Jobs;

/// <summary>
/// Runs a job by name under a database lease, so that of several web nodes (or a node and an administrator's
/// "run now") only one runs it at a time, and records the outcome. The scheduler and the API both call this.
/// </summary>
internal sealed partial class JobRunner(IServiceScopeFactory scopes, TimeProvider time, ILogger<JobRunner> log)
{
    public const string UnknownJob = "jobs.unknown";
    public const string AlreadyRunning = "jobs.already_running";

    /// <summary>A lease outlives any sane run; a node that died mid-run frees the job when it lapses.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromHours(2);

    private readonly string _holder = LeaseHolderName();

    public IReadOnlyList<string> Names()
    {
        using var scope = scopes.CreateScope();
        return [.. scope.ServiceProvider.GetServices<IScheduledJob>().Select(j => j.Name).Order(StringComparer.Ordinal)];
    }

    /// <summary>Runs <paramref name="name"/> now. Throws <c>jobs.unknown</c> (404) or <c>jobs.already_running</c> (409).</summary>
    public async Task<JobStateView> RunNowAsync(string name, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().FirstOrDefault(j => j.Name == name)
            ?? throw ShianException.NotFound(UnknownJob, (object)name);
        if (!await TryLeaseAsync(name, ct))
        {
            throw ShianException.Conflict(AlreadyRunning);
        }

        var started = time.GetUtcNow();
        await UpdateAsync(name, s => { s.LastStartedAt = started; s.Progress = null; }, ct);
        bool succeeded;
        string summary;
        try
        {
            summary = await job.RunAsync(new Progress<string>(p => _ = ReportAsync(name, p)), ct);
            succeeded = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogJobFailed(log, ex, name);
            summary = ex.Message;
            succeeded = false;
        }

        await UpdateAsync(name, s =>
        {
            s.LastFinishedAt = time.GetUtcNow();
            s.LastSucceeded = succeeded;
            s.LastSummary = summary.Length > 1000 ? summary[..1000] : summary;
            s.LeaseHolder = null;
            s.LeaseUntil = DateTimeOffset.MinValue;
        }, CancellationToken.None);
        return (await ListAsync(ct)).First(s => s.Name == name);
    }

    public async Task<IReadOnlyList<JobStateView>> ListAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetServices<IScheduledJob>().ToList();
        var states = await scope.ServiceProvider.GetRequiredService<ShianDbContext>().Set<JobState>().AsNoTracking().ToListAsync(ct);
        return [.. jobs.OrderBy(j => j.Name, StringComparer.Ordinal).Select(j =>
        {
            var s = states.FirstOrDefault(x => x.Name == j.Name);
            return new JobStateView(
                j.Name, j.Interval, s?.LastStartedAt, s?.LastFinishedAt, s?.LastSucceeded, s?.LastSummary, s?.Progress,
                s?.LeaseHolder is not null && s.LeaseUntil > time.GetUtcNow());
        })];
    }

    /// <summary>Whether <paramref name="job"/> is due: never finished, or its interval has passed since.</summary>
    public async Task<bool> IsDueAsync(IScheduledJob job, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var finished = await scope.ServiceProvider.GetRequiredService<ShianDbContext>().Set<JobState>()
            .Where(s => s.Name == job.Name).Select(s => s.LastFinishedAt).FirstOrDefaultAsync(ct);
        return finished is null || finished.Value + job.Interval <= time.GetUtcNow();
    }

    private async Task<bool> TryLeaseAsync(string name, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        var now = time.GetUtcNow();
        if (!await db.Set<JobState>().AnyAsync(s => s.Name == name, ct))
        {
            try
            {
                db.Add(new JobState { Name = name, LeaseUntil = DateTimeOffset.MinValue });
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                // Another node created the row first; the conditional update below decides who runs.
            }
        }

        // One conditional UPDATE is the lock: the database lets exactly one caller flip a lapsed lease.
        var until = now + Lease;
        var taken = await db.Set<JobState>()
            .Where(s => s.Name == name && (s.LeaseHolder == null || s.LeaseUntil < now))
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.LeaseHolder, _holder).SetProperty(s => s.LeaseUntil, until), ct);
        return taken == 1;
    }

    private async Task ReportAsync(string name, string progress)
    {
        try
        {
            await UpdateAsync(name, s => s.Progress = progress.Length > 500 ? progress[..500] : progress, CancellationToken.None);
        }
        catch (DbUpdateException ex)
        {
            LogProgressFailed(log, ex, name);
        }
    }

    private async Task UpdateAsync(string name, Action<JobState> change, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        var state = await db.Set<JobState>().FirstAsync(s => s.Name == name, ct);
        change(state);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Node and process, so an operator can tell which node holds a lease (fits the 100-character column).</summary>
    private static string LeaseHolderName()
    {
        var name = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
        return name.Length > 100 ? name[^100..] : name;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled job {Job} failed")]
    private static partial void LogJobFailed(ILogger logger, Exception ex, string job);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record progress of job {Job}")]
    private static partial void LogProgressFailed(ILogger logger, Exception ex, string job);
}

/// <summary>A job as the administration page and API show it.</summary>
public sealed record JobStateView(
    string Name, TimeSpan Interval, DateTimeOffset? LastStartedAt, DateTimeOffset? LastFinishedAt, bool? LastSucceeded,
    string? LastSummary, string? Progress, bool Running);
