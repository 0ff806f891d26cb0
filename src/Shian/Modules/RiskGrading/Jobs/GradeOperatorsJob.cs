using Microsoft.EntityFrameworkCore;
using Shian.Modules.RiskGrading.Domain;
using Shian.Modules.RiskGrading.Features.AnnualRegrade;
using Shian.Modules.RiskGrading.Features.Regrade;
using Shian.Shared.Jobs;
using Shian.Shared.Persistence;

namespace Shian.Modules.RiskGrading.Jobs;

/// <summary>
/// Keeps every operator graded: grades operators with no grade (or one made from a registration event alone),
/// then, once a calendar year (China time), runs the annual re-grade with the raise/lower rules. Safe to repeat:
/// grading is a pure function of the data, and the annual run is marked per year.
/// </summary>
internal sealed class GradeOperatorsJob(BulkGrader bulk, RiskGrader grader, ShianDbContext db) : IScheduledJob
{
    public const string JobName = "riskgrading.grade_operators";

    public string Name => JobName;

    public TimeSpan Interval => TimeSpan.FromHours(24);

    public async Task<string> RunAsync(IProgress<string> progress, CancellationToken ct)
    {
        var missing = await bulk.RunAsync(BulkMode.Missing, null, null, progress, ct);
        var summary = $"{missing.Graded:N0} operators graded, {missing.Ungraded:N0} of {missing.Operators:N0} ungraded";
        var year = grader.Today.Year;
        if (!await db.Set<AnnualRegradeRun>().AnyAsync(r => r.Year == year, ct))
        {
            var annual = await bulk.RunAsync(BulkMode.Annual, null, year, progress, ct);
            summary += $"; annual re-grade {year}: {annual.Changed:N0} of {annual.Graded:N0} changed";
        }

        return summary;
    }
}
