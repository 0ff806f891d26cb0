using Microsoft.EntityFrameworkCore;
using Shian.Modules.Inspections.Domain;
using Shian.Modules.Inspections.Features.FillItems;
using Shian.Modules.Inspections.Features.Inspectors;
using Shian.Modules.Inspections.Features.SignOff;
using Shian.Modules.Inspections.Features.StartInspection;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Inspections.Seed;

/// <summary>
/// Signed-off sample inspections for the demo data set, so a newcomer's portal, grades and files have content:
/// a few dozen over the last ~14 months, catering mostly, in 新会区 (the one district with a two-inspector demo
/// team). Each is started through <see cref="StartInspectionHandler"/> (team, checklist and date rules) and signed
/// through <see cref="SignOffHandler"/> (result rule, both PDFs, follow-up, <c>InspectionCompleted</c>), so
/// Catering grades, RiskGrading re-grades and publication happen as for a real one. Deterministic for a seed and
/// a day; runs only while the database holds no inspection at all, so restarts add nothing.
/// </summary>
internal sealed class DemoInspectionSeeder(
    ShianDbContext db,
    IOperatorPool pool,
    InspectorEligibility eligibility,
    StartInspectionHandler start,
    InspectionDrafts drafts,
    SignOffHandler signOff,
    TimeProvider time)
{
    public const string District = "440705";

    private static readonly string[] FailureNotes =
        ["冷藏柜温度记录不全", "从业人员未规范佩戴工作帽", "餐用具消毒记录缺失", "原料未离地离墙存放", "垃圾桶未加盖", "防蝇设施破损", "部分原料进货查验记录不全"];

    private static readonly string[] SiteManagers = ["陈志明", "李秀英", "黄国华", "梁丽娟", "林建平", "谭海燕"];

    /// <summary>Target scores per visit for the catering operators, oldest visit first: A, B, C, mixed, no grade.</summary>
    private static readonly decimal[][] CateringProfiles =
    [
        [96, 94, 97], [93, 91], [88, 84, 86], [82, 79], [72, 68, 70], [95, 78, 90], [85, 92, 96], [82, 0],
        [91, 89, 93, 95], [80, 86], [76, 66], [98, 96],
    ];

    public async Task<int> SeedAsync(int seed, CancellationToken ct)
    {
        if (await db.Set<Inspection>().Unscoped("any inspection anywhere means the demo data set is already there").AnyAsync(ct))
        {
            return 0;
        }

        var random = new Random(seed);
        var today = time.ChinaToday();
        var operators = new List<OperatorPoolEntry>();
        await foreach (var entry in pool.StreamAsync(new OperatorPoolFilter(District), ct))
        {
            operators.Add(entry);
        }

        var catering = operators.Where(o => o.Categories.Contains(Sectors.Catering) && !o.Categories.Contains(Sectors.Production)).Take(CateringProfiles.Length).ToList();
        var sales = operators.Where(o => o.Categories.SequenceEqual([Sectors.Sales])).Take(3).ToList();
        var production = operators.Where(o => o.Categories.Contains(Sectors.Production)).Take(2).ToList();

        var visits = new List<Visit>();
        for (var i = 0; i < catering.Count; i++)
        {
            var profile = CateringProfiles[i];

            // Most have over a year of visits (an annual grade); every third one started under a year ago (未评级).
            var first = today.AddDays(-(i % 3 == 2 ? random.Next(200, 300) : random.Next(380, 425)));
            var step = (today.DayNumber - 3 - first.DayNumber) / Math.Max(1, profile.Length - 1);
            visits.AddRange(profile.Select((score, k) => new Visit(catering[i], Sectors.Catering, first.AddDays(k * step - random.Next(0, Math.Min(20, step / 4 + 1))), score)));
        }

        visits.AddRange(sales.Select((o, i) => new Visit(o, Sectors.Sales, today.AddDays(-random.Next(20, 400)), i == 1 ? 84 : 95)));
        visits.AddRange(production.Select((o, i) => new Visit(o, Sectors.Production, today.AddDays(-random.Next(20, 400)), i == 0 ? 92 : 76)));

        var done = 0;
        foreach (var visit in visits.OrderBy(v => v.On).ThenBy(v => v.Operator.CreditCode, StringComparer.Ordinal))
        {
            if (await SignVisitAsync(visit, random, ct))
            {
                done++;
            }

            db.ChangeTracker.Clear();
        }

        return done;
    }

    private async Task<bool> SignVisitAsync(Visit visit, Random random, CancellationToken ct)
    {
        var team = (await eligibility.ForTownAsync(visit.Operator.JurisdictionCode, ct)).Take(2).ToList();
        if (team.Count < 2)
        {
            return false;
        }

        // A visit after a rectification order is the re-inspection: starting it from the task closes the task.
        var openTask = await db.Set<ReInspectionTask>().Where(t => t.OperatorId == visit.Operator.Id && t.Status == ReInspectionTask.Open)
            .Select(t => (Guid?)t.Id).FirstOrDefaultAsync(ct);
        var id = await start.HandleAsync(new StartInspectionRequest
        {
            OperatorId = visit.Operator.Id,
            Kind = InspectionKinds.Routine,
            Sector = visit.Sector,
            InspectedOn = visit.On,
            InspectorUserIds = [.. team.Select(t => t.Id)],
            SourceReference = openTask is { } task ? ReInspectionTask.SourcePrefix + task : null,
        }, ct);

        var items = await db.Set<InspectionItem>().Where(i => i.InspectionId == id).OrderBy(i => i.Order).ToListAsync(ct);
        // 10:00 China time on the day, stored in UTC (PostgreSQL's timestamptz takes only offset 0).
        var recordedAt = new DateTimeOffset(visit.On.ToDateTime(new TimeOnly(10, 0)), ChinaTime.Offset).ToUniversalTime();
        Record(items, visit.TargetScore, random, recordedAt);

        var failed = items.Any(i => i.Outcome == ItemOutcome.DoesNotConform);
        var inspection = await drafts.FindAsync(id, ct);
        await signOff.SignOffAsync(inspection, new SignOffRequest
        {
            Measures = failed ? "责令对不符合项目立即整改，并在期限内提交整改报告" : null,
            RectificationWorkingDays = failed ? 10 : null,
            AcknowledgedBy = SiteManagers[random.Next(SiteManagers.Length)],
        }, recordedAt.AddHours(2), inspection.InspectorNames, ct);
        return true;
    }

    /// <summary>
    /// Findings that give a score just at or above the target: general items fail (in a seeded order) while the
    /// score stays at or above it, then one key item if need be (a 不符合 result, still graded). A target of 0
    /// fails two key items: no grade (整改中) and a 不符合 result.
    /// </summary>
    private static void Record(List<InspectionItem> items, decimal target, Random random, DateTimeOffset at)
    {
        foreach (var item in items)
        {
            item.Outcome = ItemOutcome.Conforms;
            item.RecordedAt = at;
        }

        var total = items.Sum(i => i.Points);
        if (target <= 0)
        {
            foreach (var key in items.Where(i => i.IsKey).Take(2))
            {
                Fail(key, random);
            }

            return;
        }

        // General items first; one key item at most (a second means no grade) when the general ones are not enough.
        var lost = 0;
        var candidates = items.Where(i => !i.IsKey).OrderBy(_ => random.Next()).ToList();
        candidates.AddRange(items.Where(i => i.IsKey).OrderBy(i => i.Points));
        foreach (var item in candidates)
        {
            if ((total - lost - item.Points) * 100m / total >= target && (!item.IsKey || items.All(i => !i.IsKey || i.Outcome != ItemOutcome.DoesNotConform)))
            {
                lost += item.Points;
                Fail(item, random);
            }
        }
    }

    private static void Fail(InspectionItem item, Random random)
    {
        item.Outcome = ItemOutcome.DoesNotConform;
        item.Note = FailureNotes[random.Next(FailureNotes.Length)];
    }

    private sealed record Visit(OperatorPoolEntry Operator, string Sector, DateOnly On, decimal TargetScore);
}
