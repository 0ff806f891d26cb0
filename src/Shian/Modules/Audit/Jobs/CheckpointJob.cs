using Shian.Modules.Audit.Features.Checkpoints;
using Shian.Shared.Jobs;
using Shian.Shared.Kernel;

namespace Shian.Modules.Audit.Jobs;

/// <summary>
/// Seals every completed China day with a signed daily checkpoint (database, append-only file, portal). Runs hourly so
/// a day is sealed soon after midnight; a run with nothing due writes nothing. Without a configured key it fails with
/// the message saying which setting to add.
/// </summary>
internal sealed class CheckpointJob(CheckpointWriter writer) : IScheduledJob
{
    public const string JobName = "audit.checkpoint";

    public string Name => JobName;

    public TimeSpan Interval => TimeSpan.FromHours(1);

    public async Task<string> RunAsync(IProgress<string> progress, CancellationToken ct)
    {
        var written = await writer.WriteDueDailyAsync(ct);
        return written.Count == 0
            ? "no day to seal"
            : $"{written.Count} daily checkpoints written, last {ChinaTime.FormatDate(written[^1].Day)} up to entry {written[^1].ToSequence}";
    }
}
