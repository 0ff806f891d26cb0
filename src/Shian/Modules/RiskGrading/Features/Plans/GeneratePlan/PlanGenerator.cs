using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.RiskGrading.Domain;
using Shian.Modules.RiskGrading.Features.AnnualRegrade;
using Shian.Modules.RiskGrading.Features.Regrade;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Modules.RiskGrading.Features.Plans.GeneratePlan;

/// <summary>
/// Generates a district's annual inspection plan from the current grades (minimum frequency per grade, the
/// upper end for 重点监督检查, the two-year full-coverage rule) and assigns inspectors with
/// <see cref="WorkloadBalancer"/>; regenerating replaces the district's plan for that year. The page and the API call this.
/// </summary>
internal sealed class PlanGenerator(
    ShianDbContext db,
    IOperatorPool pool,
    PlanChecks checks,
    BulkGrader bulk,
    RiskModelLoader models,
    RiskGrader grader,
    CurrentUser user)
{
    public async Task<Guid> GenerateAsync(GeneratePlanRequest request, CancellationToken ct)
    {
        var district = await checks.ValidateAsync(request.DistrictCode, request.Year, ct);
        var year = request.Year!.Value;
        var model = await models.LoadAsync(grader.Today, ct);

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

    /// <summary>Operators of the district with an inspection covering every point in the coverage period before <paramref name="year"/>.</summary>
    private async Task<HashSet<Guid>> FullyInspectedAsync(RiskModel model, string district, int year, CancellationToken ct)
    {
        var everyYears = model.Row(RiskGradingRules.InspectionsFullCoverage, "every_years").AsInt();
        var from = new DateOnly(year - (everyYears - 1), 1, 1);
        var to = new DateOnly(year - 1, 12, 31);
        var partial = model.List(RiskGradingRules.FullCoverage, "partial_kinds").ToList();
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
            .Append(model.Row(RiskGradingRules.Priority, "frequency"))
            .Append(model.Row(RiskGradingRules.InspectionsFullCoverage, "every_years"))
            .Append(model.Row(RiskGradingRules.FullCoverage, "partial_kinds"));
        return [.. rows.Select(r => new RuleApplied(r.RuleSet, r.Key, r.Value, r.Unit, r.Citation, r.Confidence))];
    }
}
