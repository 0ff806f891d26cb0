using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.RiskGrading.Domain;
using Shian.Modules.RiskGrading.Features.Grading;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.RiskGrading.Features.Plans;

/// <summary>
/// Generates a district's annual inspection plan from the current grades (minimum frequency per grade, the
/// upper end for 重点监督检查, the two-year full-coverage rule) and assigns inspectors with
/// <see cref="WorkloadBalancer"/>; reads plans with what is due, overdue and done.
/// </summary>
internal sealed class PlanService(
    ShianDbContext db,
    IOperatorPool pool,
    IJurisdictionDirectory jurisdictions,
    BulkGrader bulk,
    RiskModelLoader models,
    RiskGrader grader,
    CurrentUser user)
{
    public const int FirstYear = 2016;

    public DateOnly Today => grader.Today;

    /// <summary>Checks a district code and year; throws 400 for an unknown district or a year out of range, 403 outside scope.</summary>
    public async Task<JurisdictionInfo> ValidateAsync(string? districtCode, int? year, CancellationToken ct)
    {
        ValidateYear(year);
        var district = districtCode is { Length: 6 } ? await jurisdictions.FindAsync(districtCode, ct) : null;
        if (district is not { Level: "District" })
        {
            throw new ShianException(RiskGradingErrors.UnknownDistrict, "未知的县（市、区）代码。", 400,
                new Dictionary<string, string[]> { ["districtCode"] = ["未知的县（市、区）代码"] });
        }

        if (user.TownCodePrefix is { } prefix && !district.Code.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw ShianException.Forbidden(ErrorCodes.OutOfScope, "该县（市、区）不在您的辖区范围内。");
        }

        return district;
    }

    public void ValidateYear(int? year)
    {
        if (year is { } y && (y < FirstYear || y > Today.Year + 1))
        {
            throw new ShianException(RiskGradingErrors.YearOutOfRange, $"年度应在 {FirstYear}–{Today.Year + 1} 之间。", 400,
                new Dictionary<string, string[]> { ["year"] = [$"年度应在 {FirstYear}–{Today.Year + 1} 之间"] });
        }
    }

    public async Task<Guid> GenerateAsync(GeneratePlanRequest request, CancellationToken ct)
    {
        var district = await ValidateAsync(request.DistrictCode, request.Year, ct);
        var year = request.Year!.Value;
        var model = await models.LoadAsync(Today, ct);

        // Every operator has a grade before it is planned (newcomers not yet graded by the job).
        await bulk.RunAsync(BulkMode.Missing, district.Code, null, null, ct);

        var operators = new List<OperatorPoolEntry>();
        await foreach (var o in pool.StreamAsync(new OperatorPoolFilter(district.Code), ct))
        {
            operators.Add(o);
        }

        var grades = await db.Set<OperatorGrade>().AsNoTracking().Where(g => g.JurisdictionCode.StartsWith(district.Code))
            .Select(g => new { g.OperatorId, g.Grade, g.TotalScore, g.Priority }).ToDictionaryAsync(g => g.OperatorId, ct);
        var fullyInspected = await FullyInspectedAsync(model, district.Code, year, ct);
        var inspectors = await InspectorsAsync(district.Code, ct);

        var items = new List<PlanItem>(operators.Count);
        var tasks = new List<PlanTask>(operators.Count);
        foreach (var o in operators)
        {
            if (!grades.TryGetValue(o.Id, out var g))
            {
                continue; // graded just above unless it appeared since; the next generation picks it up
            }

            var required = (g.Priority ? model.MaxFrequency(g.Grade) : model.MinFrequency(g.Grade)).AsInt();
            items.Add(new PlanItem
            {
                OperatorId = o.Id,
                OperatorName = o.Name,
                CreditCode = o.CreditCode,
                JurisdictionCode = o.JurisdictionCode,
                Grade = g.Grade,
                TotalScore = g.TotalScore,
                Priority = g.Priority,
                RequiredInspections = required,
                FullCoverageRequired = !fullyInspected.Contains(o.Id),
            });
            tasks.Add(new PlanTask(tasks.Count, o.JurisdictionCode, required));
        }

        var assigned = WorkloadBalancer.Assign(tasks, inspectors);
        var names = inspectors.ToDictionary(i => i.UserId, i => i.Name);
        for (var i = 0; i < items.Count; i++)
        {
            items[i].InspectorUserId = assigned[i];
            items[i].InspectorName = assigned[i] is { } id ? names[id] : null;
        }

        var plan = new InspectionPlan
        {
            JurisdictionCode = district.Code,
            Year = year,
            GeneratedAt = grader.Now,
            GeneratedBy = user.Name,
            OperatorCount = items.Count,
            RequiredInspections = items.Sum(i => i.RequiredInspections),
            InspectorCount = inspectors.Count,
            UnassignedCount = items.Count(i => i.InspectorUserId is null),
            RulesJson = BreakdownJson.Write(RulesApplied(model)),
        };

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        if (await db.Set<InspectionPlan>().FirstOrDefaultAsync(p => p.JurisdictionCode == district.Code && p.Year == year, ct) is { } old)
        {
            await db.Set<PlanItem>().Where(i => i.PlanId == old.Id).ExecuteDeleteAsync(ct);
            db.Remove(old);
            await db.SaveChangesAsync(ct);
        }

        db.Add(plan);
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var item in items)
            {
                item.PlanId = plan.Id;
                db.Add(item);
            }

            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        db.ChangeTracker.Clear();
        return plan.Id;
    }

    public Task<List<PlanSummary>> ListAsync(string? districtCode, int? year, CancellationToken ct)
    {
        var query = db.Set<InspectionPlan>().AsNoTracking();
        if (districtCode is { Length: > 0 })
        {
            query = query.Where(p => p.JurisdictionCode == districtCode);
        }

        if (year is { } y)
        {
            query = query.Where(p => p.Year == y);
        }

        return query.OrderByDescending(p => p.Year).ThenBy(p => p.JurisdictionCode)
            .Select(p => new PlanSummary(p.Id, p.JurisdictionCode, p.Year, p.GeneratedAt, p.GeneratedBy, p.OperatorCount, p.RequiredInspections, p.InspectorCount, p.UnassignedCount))
            .ToListAsync(ct);
    }

    /// <summary>The plan with status counts, workload per inspector and one page of items (filtered by status, inspector, town).</summary>
    public async Task<PlanView?> GetAsync(Guid planId, PlanFilter filter, PageRequest page, CancellationToken ct)
    {
        if (filter.Status is { Length: > 0 } s && !PlanSchedule.Statuses.Contains(s))
        {
            throw new ShianException(RiskGradingErrors.UnknownStatus, "状态应为 due、overdue 或 done。", 400,
                new Dictionary<string, string[]> { ["status"] = ["状态应为 due、overdue 或 done"] });
        }

        var plan = await db.Set<InspectionPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return null;
        }

        var rows = await RowsAsync(plan, ct);
        var workload = rows.GroupBy(r => (r.InspectorUserId, r.InspectorName))
            .Select(g => new InspectorWorkload(
                g.Key.InspectorUserId, g.Key.InspectorName, g.Count(), g.Sum(r => r.RequiredInspections), g.Sum(r => Math.Min(r.Done, r.RequiredInspections)),
                g.Count(r => r.Status == PlanSchedule.Overdue)))
            .OrderBy(w => w.InspectorName is null).ThenBy(w => w.InspectorName, StringComparer.Ordinal).ToList();
        var filtered = rows.Where(r =>
            (filter.Status is not { Length: > 0 } || r.Status == filter.Status) &&
            (filter.InspectorUserId is null || r.InspectorUserId == filter.InspectorUserId) &&
            (filter.Town is not { Length: > 0 } || r.JurisdictionCode == filter.Town)).ToList();
        var items = filtered.Skip(page.Skip).Take(page.SafePageSize).ToList();
        return new PlanView(
            new PlanSummary(plan.Id, plan.JurisdictionCode, plan.Year, plan.GeneratedAt, plan.GeneratedBy, plan.OperatorCount, plan.RequiredInspections, plan.InspectorCount, plan.UnassignedCount),
            await jurisdictions.DisplayNameAsync(plan.JurisdictionCode, ct),
            rows.Count(r => r.Status == PlanSchedule.Due), rows.Count(r => r.Status == PlanSchedule.Overdue), rows.Count(r => r.Status == PlanSchedule.Done),
            BreakdownJson.ReadRules(plan.RulesJson), workload, new PagedList<PlanItemView>(items, page.SafePage, page.SafePageSize, filtered.Count));
    }

    /// <summary>Every item of the plan with its status today (for the view and the CSV export).</summary>
    public async Task<List<PlanItemView>> RowsAsync(InspectionPlan plan, CancellationToken ct)
    {
        var model = await models.LoadAsync(Today, ct);
        var partial = model.List("riskgrading.full_coverage", "partial_kinds");
        var from = new DateOnly(plan.Year, 1, 1);
        var to = new DateOnly(plan.Year, 12, 31);
        var done = (await db.Set<RiskEvent>().AsNoTracking()
                .Where(e => e.Kind == RiskEventKinds.Inspection && e.OccurredOn >= from && e.OccurredOn <= to && e.JurisdictionCode.StartsWith(plan.JurisdictionCode))
                .Select(e => new { e.OperatorId, e.InspectionKind, e.OccurredOn }).ToListAsync(ct))
            .GroupBy(e => e.OperatorId)
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Full: g.Count(e => !partial.Contains(e.InspectionKind ?? "")), Last: g.Max(e => e.OccurredOn)));
        var items = await db.Set<PlanItem>().AsNoTracking().Where(i => i.PlanId == plan.Id)
            .OrderBy(i => i.JurisdictionCode).ThenByDescending(i => i.TotalScore).ThenBy(i => i.CreditCode).ToListAsync(ct);
        var today = Today;
        return [.. items.Select(i =>
        {
            var d = done.GetValueOrDefault(i.OperatorId);
            var (status, next) = PlanSchedule.StatusOf(plan.Year, i.RequiredInspections, i.FullCoverageRequired, d.Count, d.Full, today);
            return new PlanItemView(
                i.OperatorId, i.OperatorName, i.CreditCode, i.JurisdictionCode, i.Grade, i.TotalScore, i.Priority, i.RequiredInspections,
                i.FullCoverageRequired, i.InspectorUserId, i.InspectorName, d.Count, d.Count > 0 ? d.Last : null, status, next);
        })];
    }

    public Task<InspectionPlan?> FindAsync(Guid planId, CancellationToken ct) =>
        db.Set<InspectionPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);

    /// <summary>Operators of the district with an inspection covering every point in the coverage period before <paramref name="year"/>.</summary>
    private async Task<HashSet<Guid>> FullyInspectedAsync(RiskModel model, string district, int year, CancellationToken ct)
    {
        var everyYears = model.Row("inspections.full_coverage", "every_years").AsInt();
        var from = new DateOnly(year - (everyYears - 1), 1, 1);
        var to = new DateOnly(year - 1, 12, 31);
        var partial = model.List("riskgrading.full_coverage", "partial_kinds").ToList();
        var ids = await db.Set<RiskEvent>().AsNoTracking()
            .Where(e => e.Kind == RiskEventKinds.Inspection && e.OccurredOn >= from && e.OccurredOn <= to &&
                e.JurisdictionCode.StartsWith(district) && !partial.Contains(e.InspectionKind ?? ""))
            .Select(e => e.OperatorId).Distinct().ToListAsync(ct);
        return [.. ids];
    }

    /// <summary>Inspectors who can take work in the district: district- and town-level ones inside it, city-level ones as a fallback.</summary>
    private async Task<List<PlanInspector>> InspectorsAsync(string district, CancellationToken ct)
    {
        var roleId = await db.Roles.Where(r => r.Name == Roles.Inspector).Select(r => r.Id).FirstOrDefaultAsync(ct);
        var users = await db.Users.AsNoTracking()
            .Where(u => u.OperatorId == null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
            .Select(u => new { u.Id, u.DisplayName, u.UserName, u.JurisdictionCode, u.LockoutEnd })
            .ToListAsync(ct);
        var now = grader.Now;
        return [.. users
            .Where(u => (u.LockoutEnd is null || u.LockoutEnd < now) && u.JurisdictionCode.Length > 0 &&
                (u.JurisdictionCode.StartsWith(district, StringComparison.Ordinal) ||
                 (JurisdictionCodes.IsCity(u.JurisdictionCode) && JurisdictionCodes.Contains(u.JurisdictionCode, district))))
            .OrderBy(u => u.UserName, StringComparer.Ordinal)
            .Select(u => new PlanInspector(u.Id, string.IsNullOrEmpty(u.DisplayName) ? u.UserName ?? "" : u.DisplayName, u.JurisdictionCode))];
    }

    private static List<RuleApplied> RulesApplied(RiskModel model)
    {
        var rows = Grades.All.SelectMany(g => new[] { model.MinFrequency(g), model.MaxFrequency(g) })
            .Append(model.Row("riskgrading.priority", "frequency"))
            .Append(model.Row("inspections.full_coverage", "every_years"))
            .Append(model.Row("riskgrading.full_coverage", "partial_kinds"));
        return [.. rows.Select(r => new RuleApplied(r.RuleSet, r.Key, r.Value, r.Unit, r.Citation, r.Confidence))];
    }
}

internal sealed record PlanFilter(string? Status = null, Guid? InspectorUserId = null, string? Town = null);

internal sealed record PlanSummary(
    Guid Id, string DistrictCode, int Year, DateTimeOffset GeneratedAt, string GeneratedBy, int OperatorCount, int RequiredInspections,
    int InspectorCount, int UnassignedCount);

internal sealed record PlanView(
    PlanSummary Plan, string DistrictName, int Due, int Overdue, int Done, IReadOnlyList<RuleApplied> Rules, IReadOnlyList<InspectorWorkload> Workload,
    PagedList<PlanItemView> Items);

internal sealed record InspectorWorkload(Guid? InspectorUserId, string? InspectorName, int Operators, int RequiredInspections, int DoneInspections, int OverdueOperators);

internal sealed record PlanItemView(
    Guid OperatorId, string OperatorName, string CreditCode, string JurisdictionCode, string Grade, decimal TotalScore, bool Priority,
    int RequiredInspections, bool FullCoverageRequired, Guid? InspectorUserId, string? InspectorName, int Done, DateOnly? LastInspectedOn,
    string Status, DateOnly? NextDue);

internal sealed record RuleApplied(string RuleSet, string Key, string Value, string? Unit, string Citation, string Confidence);
