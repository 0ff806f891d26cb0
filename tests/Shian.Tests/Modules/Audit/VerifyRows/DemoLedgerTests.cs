using Microsoft.Extensions.DependencyInjection;
using Shian.Shared.Jobs;
using Shian.Tests.Hosting;

namespace Shian.Tests.Modules.Audit.VerifyRows;

/// <summary>
/// No false alarms: on the demo data set (every module's rows, written by the app), the whole-database verification
/// finds the chain intact and every audited row equal to its ledger image.
/// </summary>
public sealed class DemoLedgerTests(DemoDataTests.WithDemoData app) : IClassFixture<DemoDataTests.WithDemoData>
{
    [Fact]
    public async Task The_demo_data_set_verifies_clean_row_by_row()
    {
        var run = await app.Services.GetRequiredService<JobRunner>().RunNowAsync("audit.verify", TestContext.Current.CancellationToken);

        run.LastSucceeded.ShouldBe(true, run.LastSummary);
        run.LastSummary!.ShouldStartWith("记录链完整");
        run.LastSummary.ShouldMatch(@"；核对 \d{3,} 行，发现 0 处问题$");
    }
}
