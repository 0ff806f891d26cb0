using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.RiskGrading.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.RiskGrading.Features.Distribution;

/// <summary>Counts A–D and the share of operators graded, per district of the caller's scope; the page and the API both call this.</summary>
internal sealed class DistributionQuery(ShianDbContext db, IOperatorPool pool, IJurisdictionDirectory jurisdictions, CurrentUser user)
{
    public async Task<IReadOnlyList<DistrictDistribution>> DistributionAsync(CancellationToken ct)
    {
        var operators = new Dictionary<Guid, string>();
        await foreach (var o in pool.StreamAsync(new OperatorPoolFilter(ActiveOnly: false), ct))
        {
            if (o.Status != "Closed")
            {
                operators[o.Id] = JurisdictionCodes.DistrictOf(o.JurisdictionCode);
            }
        }

        var grades = await db.Set<OperatorGrade>().AsNoTracking().Select(g => new { g.OperatorId, g.Grade }).ToListAsync(ct);
        var counts = new Dictionary<string, int[]>();
        foreach (var g in grades)
        {
            if (operators.TryGetValue(g.OperatorId, out var district))
            {
                (counts.TryGetValue(district, out var c) ? c : counts[district] = new int[4])[Grades.IndexOf(g.Grade)]++;
            }
        }

        var totals = operators.Values.GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        var all = await jurisdictions.AllAsync(ct);
        var prefix = user.TownCodePrefix;
        return [.. all.Where(j => j.Level == JurisdictionLevels.District && (prefix is null || j.Code.StartsWith(prefix, StringComparison.Ordinal) || prefix.StartsWith(j.Code, StringComparison.Ordinal)))
            .OrderBy(j => j.Code)
            .Select(j =>
            {
                var c = counts.GetValueOrDefault(j.Code) ?? new int[4];
                var total = totals.GetValueOrDefault(j.Code);
                var graded = c.Sum();
                return new DistrictDistribution(j.Code, j.Name, total, c[0], c[1], c[2], c[3], graded, total == 0 ? 100m : Math.Round(100m * graded / total, 1));
            })];
    }
}

internal sealed record DistrictDistribution(
    string DistrictCode, string DistrictName, int Operators, int A, int B, int C, int D, int Graded, decimal GradedPercent);
