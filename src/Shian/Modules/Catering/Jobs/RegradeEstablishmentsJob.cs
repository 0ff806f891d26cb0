using Shian.Modules.Catering.Features.Grading;
using Shian.Shared.Jobs;
using Shian.Shared.Kernel;

namespace Shian.Modules.Catering.Jobs;

/// <summary>
/// Nightly: grades change with time alone (an inspection leaves the 12-month window, an establishment passes 12
/// months of activity, a no-rating window ends), so every establishment is re-evaluated on today's China date.
/// </summary>
internal sealed class RegradeEstablishmentsJob(CateringRegrader regrader, TimeProvider time) : IScheduledJob
{
    public const string JobName = "catering.regrade";

    public string Name => JobName;

    public TimeSpan Interval => TimeSpan.FromHours(24);

    public async Task<string> RunAsync(IProgress<string> progress, CancellationToken ct)
    {
        var day = time.ChinaToday();
        var result = await regrader.RunAsync(day, null, progress, ct);
        return $"{day:yyyy-MM-dd}: {result.Changed:N0} of {result.Checked:N0} establishments re-graded";
    }
}
