using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.RiskGrading.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.RiskGrading.Features.Grading;

/// <summary>Reads for the pages and the API, scoped to the caller by the query filter.</summary>
internal sealed class GradeQueries(ShianDbContext db, IOperatorPool pool, IOperatorDirectory directory, IJurisdictionDirectory jurisdictions, CurrentUser user)
{
    /// <summary>Counts A–D and the share of operators graded, per district of the caller's scope.</summary>
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
        return [.. all.Where(j => j.Level == "District" && (prefix is null || j.Code.StartsWith(prefix, StringComparison.Ordinal) || prefix.StartsWith(j.Code, StringComparison.Ordinal)))
            .OrderBy(j => j.Code)
            .Select(j =>
            {
                var c = counts.GetValueOrDefault(j.Code) ?? new int[4];
                var total = totals.GetValueOrDefault(j.Code);
                var graded = c.Sum();
                return new DistrictDistribution(j.Code, j.Name, total, c[0], c[1], c[2], c[3], graded, total == 0 ? 100m : Math.Round(100m * graded / total, 1));
            })];
    }

    /// <summary>The operator's grade with breakdown, history and the events recorded for it; null outside scope.</summary>
    public async Task<GradeDetails?> DetailsAsync(Guid operatorId, CancellationToken ct)
    {
        var grade = await db.Set<OperatorGrade>().AsNoTracking().FirstOrDefaultAsync(g => g.OperatorId == operatorId, ct);
        if (grade is null)
        {
            return null;
        }

        var history = await db.Set<GradeHistoryEntry>().AsNoTracking().Where(h => h.OperatorId == operatorId)
            .OrderByDescending(h => h.At).Take(50).ToListAsync(ct);
        var events = await db.Set<RiskEvent>().AsNoTracking().Where(e => e.OperatorId == operatorId)
            .OrderByDescending(e => e.OccurredOn).Take(50)
            .Select(e => new RiskEventView(e.Id, e.Kind, e.SourceKey, e.OccurredOn, e.Description)).ToListAsync(ct);
        var name = (await directory.FindAsync(operatorId, ct))?.Name;
        return new GradeDetails(
            grade.OperatorId, name, grade.JurisdictionCode, await jurisdictions.DisplayNameAsync(grade.JurisdictionCode, ct), grade.Grade, grade.ScoreGrade,
            grade.StaticScore, grade.DynamicScore, grade.TotalScore, grade.Priority, grade.SeriousViolationListed, grade.GradedAt, grade.FirstGradedAt,
            grade.Trigger, grade.EntityType is not null, BreakdownJson.ReadFactors(grade.BreakdownJson),
            [.. history.Select(h => new GradeHistoryView(h.At, h.FromGrade, h.ToGrade, h.FromScore, h.TotalScore, h.StaticScore, h.DynamicScore, h.Trigger, h.Reason, h.ActorName, BreakdownJson.ReadFactors(h.BreakdownJson)))],
            events);
    }

    /// <summary>Operators of a grade (or all) in a district or town of the caller's scope, riskiest first.</summary>
    public async Task<PagedList<GradeListItem>> ListAsync(string? jurisdiction, string? grade, PageRequest page, CancellationToken ct)
    {
        var query = db.Set<OperatorGrade>().AsNoTracking();
        if (jurisdiction is { Length: > 0 })
        {
            query = query.Where(g => g.JurisdictionCode.StartsWith(jurisdiction));
        }

        if (grade is { Length: > 0 })
        {
            query = query.Where(g => g.Grade == grade);
        }

        var rows = await query.OrderByDescending(g => g.TotalScore).ThenBy(g => g.OperatorId)
            .Select(g => new GradeListItem(g.OperatorId, null, g.JurisdictionCode, g.Grade, g.TotalScore, g.Priority, g.GradedAt))
            .ToPagedListAsync(page, ct);
        var named = new List<GradeListItem>(rows.Items.Count);
        foreach (var r in rows.Items)
        {
            named.Add(r with { OperatorName = (await directory.FindAsync(r.OperatorId, ct))?.Name });
        }

        return rows with { Items = named };
    }
}

internal sealed record DistrictDistribution(
    string DistrictCode, string DistrictName, int Operators, int A, int B, int C, int D, int Graded, decimal GradedPercent);

internal sealed record GradeDetails(
    Guid OperatorId, string? OperatorName, string JurisdictionCode, string TownName, string Grade, string ScoreGrade, decimal StaticScore,
    decimal DynamicScore, decimal TotalScore, bool Priority, bool SeriousViolationListed, DateTimeOffset GradedAt, DateTimeOffset FirstGradedAt,
    string Trigger, bool ProfileComplete, IReadOnlyList<ScoreFactor> Breakdown, IReadOnlyList<GradeHistoryView> History, IReadOnlyList<RiskEventView> Events);

internal sealed record GradeHistoryView(
    DateTimeOffset At, string? FromGrade, string ToGrade, decimal? FromScore, decimal TotalScore, decimal StaticScore, decimal DynamicScore,
    string Trigger, string Reason, string ActorName, IReadOnlyList<ScoreFactor> Breakdown);

internal sealed record RiskEventView(Guid Id, string Kind, string Source, DateOnly OccurredOn, string Description);

internal sealed record GradeListItem(
    Guid OperatorId, string? OperatorName, string JurisdictionCode, string Grade, decimal TotalScore, bool Priority, DateTimeOffset GradedAt);
