using Microsoft.Extensions.Options;
using Shian.Shared.Kernel;

namespace Shian.Shared.Jobs;

/// <summary>Options of the scheduler (section <c>Jobs</c>). Tests switch it off and run jobs by name.</summary>
public sealed class JobOptions
{
    public const string SectionName = "Jobs";

    public bool Enabled { get; set; } = true;

    public int PollSeconds { get; set; } = 60;
}

/// <summary>
/// Every poll, runs each due job through <see cref="JobRunner"/>. Every node runs a scheduler; the lease makes
/// sure one job runs on one node at a time.
/// </summary>
internal sealed partial class JobScheduler(JobRunner runner, IServiceScopeFactory scopes, IOptions<JobOptions> options, ILogger<JobScheduler> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds)));
        do
        {
            await RunDueJobsAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunDueJobsAsync(CancellationToken ct)
    {
        List<IScheduledJob> jobs;
        using (var scope = scopes.CreateScope())
        {
            jobs = [.. scope.ServiceProvider.GetServices<IScheduledJob>()];
        }

        foreach (var job in jobs)
        {
            try
            {
                if (await runner.IsDueAsync(job, ct))
                {
                    await runner.RunNowAsync(job.Name, ct);
                }
            }
            catch (ShianException)
            {
                // Another node holds the lease: it is running there.
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogSchedulerError(log, ex, job.Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduler could not run job {Job}")]
    private static partial void LogSchedulerError(ILogger logger, Exception ex, string job);
}

public static class JobRegistration
{
    /// <summary>Registers <typeparamref name="TJob"/> (scoped: each run resolves it in a fresh scope).</summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services)
        where TJob : class, IScheduledJob =>
        services.AddScoped<IScheduledJob, TJob>();

    internal static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<JobOptions>(configuration.GetSection(JobOptions.SectionName));
        services.AddSingleton<JobRunner>();
        services.AddHostedService<JobScheduler>();
        return services;
    }
}
