using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shian.Shared.Jobs;
using Shian.Shared.Kernel;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Shared.Jobs;

/// <summary>Jobs run one at a time under a database lease, and their outcome is recorded for the administrator.</summary>
[Collection(AppCollection.Name)]
public sealed class JobRunnerTests(ShianAppFactory app)
{
    private sealed class CountingJob : IScheduledJob
    {
        public static int Runs;

        public string Name => "tests.counting";

        public TimeSpan Interval => TimeSpan.FromDays(1);

        public async Task<string> RunAsync(IProgress<string> progress, CancellationToken ct)
        {
            progress.Report("half way");
            await Task.Delay(300, ct);
            return $"run {Interlocked.Increment(ref Runs)}";
        }
    }

    private sealed class FailingJob : IScheduledJob
    {
        public string Name => "tests.failing";

        public TimeSpan Interval => TimeSpan.FromDays(1);

        public Task<string> RunAsync(IProgress<string> progress, CancellationToken ct) =>
            throw new InvalidOperationException("source system unreachable");
    }

    private WebApplicationFactory<Program> WithJobs() => app.WithWebHostBuilder(b => b.ConfigureTestServices(s => s
        .AddScheduledJob<CountingJob>()
        .AddScheduledJob<FailingJob>()));

    [Fact]
    public async Task A_run_records_its_outcome_and_the_job_is_then_not_due()
    {
        await using var host = WithJobs();
        var runner = host.Services.GetRequiredService<JobRunner>();
        var job = new CountingJob();

        var state = await runner.RunNowAsync(job.Name, TestContext.Current.CancellationToken);

        state.LastSucceeded.ShouldBe(true);
        state.LastSummary!.ShouldStartWith("run ");
        state.Running.ShouldBeFalse();
        (await runner.IsDueAsync(job, TestContext.Current.CancellationToken)).ShouldBeFalse();
    }

    [Fact]
    public async Task Two_simultaneous_runs_of_one_job_let_only_one_through()
    {
        await using var host = WithJobs();
        var runner = host.Services.GetRequiredService<JobRunner>();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                await runner.RunNowAsync("tests.counting", TestContext.Current.CancellationToken);
                return "ran";
            }
            catch (ShianException ex)
            {
                return ex.Code;
            }
        }));

        outcomes.Order().ShouldBe(["jobs.already_running", "ran"]);
    }

    [Fact]
    public async Task A_failing_job_is_recorded_as_failed_with_its_reason_and_frees_its_lease()
    {
        await using var host = WithJobs();
        var admin = await ClientAsync(host, TestUsers.Admin);

        var response = await admin.PostAsync("/api/v1/administration/jobs/tests.failing/run", null, TestContext.Current.CancellationToken);
        var state = await response.Content.ReadFromJsonAsync<JobStateView>(TestData.Json, TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        state!.LastSucceeded.ShouldBe(false);
        state.LastSummary.ShouldBe("source system unreachable");
        (await admin.PostAsync("/api/v1/administration/jobs/tests.failing/run", null, TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Unknown_jobs_and_non_administrators_are_refused()
    {
        await using var host = WithJobs();
        var admin = await ClientAsync(host, TestUsers.Admin);
        var inspector = await ClientAsync(host, TestUsers.TaishanInspector);

        await (await admin.PostAsync("/api/v1/administration/jobs/tests.nothing/run", null, TestContext.Current.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "jobs.unknown");
        (await inspector.PostAsync("/api/v1/administration/jobs/tests.counting/run", null, TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await inspector.GetAsync("/api/v1/administration/jobs", TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<HttpClient> ClientAsync(WebApplicationFactory<Program> host, string user)
    {
        var client = host.CreateClient();
        var login = await client.PostAsJsonAsync("/api/v1/account/login", new { userName = user, password = ShianAppFactory.Password }, TestContext.Current.CancellationToken);
        login.EnsureSuccessStatusCode();
        return client;
    }
}
