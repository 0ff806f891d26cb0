using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.RiskGrading.Domain;
using Shian.Modules.RiskGrading.Features.Grading;
using Shian.Modules.RiskGrading.Features.Plans;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Shared.Web;

namespace Shian.Modules.RiskGrading.Features;

internal static class RiskGradingEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/distribution", async (GradeQueries q, CancellationToken ct) => TypedResults.Ok(await q.DistributionAsync(ct)))
            .WithName("RiskGrading.Distribution").WithSummary("Counts of grades A–D and the share of operators graded, per district of the caller's scope.")
            .RequireAuthorization(RiskGradingPermissions.Read.Name);
        api.MapGet("/grades", ListAsync).WithName("RiskGrading.Grades")
            .WithSummary("Operators by grade within a district or town of the caller's scope, riskiest first (paged).")
            .RequireAuthorization(RiskGradingPermissions.Read.Name);
        api.MapGet("/operators/{operatorId:guid}", DetailsAsync).WithName("RiskGrading.Operator")
            .WithSummary("An operator's current grade with its score breakdown (factor, points, rule row, citation), history and recorded events.")
            .RequireAuthorization(RiskGradingPermissions.Read.Name);
        api.MapPost("/operators/{operatorId:guid}/regrade", RegradeAsync).WithName("RiskGrading.Regrade")
            .WithSummary("Re-grade an operator now, e.g. after a serious-violation listing. Administrator/Leader in scope.")
            .RequireAuthorization(RiskGradingPermissions.Regrade.Name);
        api.MapPost("/annual-regrade", AnnualAsync).WithName("RiskGrading.AnnualRegrade")
            .WithSummary("Run the annual re-grade (raise/lower rules) for a year now (this or next year); the scheduled job runs it once a year.")
            .RequireAuthorization(RiskGradingPermissions.Regrade.Name);
        api.MapPost("/plans", GenerateAsync).WithName("RiskGrading.GeneratePlan")
            .WithSummary("Generate (or regenerate) a district's annual inspection plan from the current grades and assign inspectors. Administrator/Leader.")
            .RequireAuthorization(RiskGradingPermissions.Plan.Name);
        api.MapGet("/plans", ListPlansAsync).WithName("RiskGrading.Plans")
            .WithSummary("Plans of the caller's scope, optionally for one district and year.")
            .RequireAuthorization(RiskGradingPermissions.Read.Name);
        api.MapGet("/plans/{planId:guid}", GetPlanAsync).WithName("RiskGrading.Plan")
            .WithSummary("A plan: due/overdue/done counts, workload per inspector and a page of items (filter by status, inspector, town).")
            .RequireAuthorization(RiskGradingPermissions.Read.Name);
        api.MapGet("/plans/{planId:guid}/export.csv", ExportAsync).WithName("RiskGrading.PlanExport")
            .WithSummary("The whole plan as CSV (UTF-8 with BOM) for spreadsheets.")
            .RequireAuthorization(RiskGradingPermissions.Read.Name);
    }

    private static async Task<Ok<PagedList<GradeListItem>>> ListAsync(
        GradeQueries q, string? jurisdiction = null, string? grade = null, int page = 1, int pageSize = PageRequest.DefaultPageSize, CancellationToken ct = default)
    {
        if (grade is { Length: > 0 } && !Grades.IsKnown(grade))
        {
            throw new ShianException(RiskGradingErrors.UnknownGrade, "风险等级应为 A、B、C 或 D。", 400,
                new Dictionary<string, string[]> { ["grade"] = ["风险等级应为 A、B、C 或 D"] });
        }

        if (jurisdiction is { Length: > 0 } && (jurisdiction.Length is not (6 or 9) || !jurisdiction.All(char.IsAsciiDigit)))
        {
            throw new ShianException(RiskGradingErrors.UnknownDistrict, "辖区代码应为6位或9位数字。", 400,
                new Dictionary<string, string[]> { ["jurisdiction"] = ["辖区代码应为6位或9位数字"] });
        }

        return TypedResults.Ok(await q.ListAsync(jurisdiction, grade, new PageRequest(page, pageSize), ct));
    }

    private static async Task<Results<Ok<GradeDetails>, ProblemHttpResult>> DetailsAsync(Guid operatorId, GradeQueries q, CancellationToken ct) =>
        await q.DetailsAsync(operatorId, ct) is { } details ? TypedResults.Ok(details) : NotFound();

    private static async Task<Results<Ok<GradeDetails>, ProblemHttpResult>> RegradeAsync(
        Guid operatorId, GradeQueries q, RiskGrader grader, ShianDbContext db, CancellationToken ct)
    {
        if (await q.DetailsAsync(operatorId, ct) is null)
        {
            return NotFound();
        }

        await grader.RegradeAsync(operatorId, "manual", "人工发起重新评定", null, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok((await q.DetailsAsync(operatorId, ct))!);
    }

    private static async Task<Ok<BulkResult>> AnnualAsync(AnnualRegradeRequest request, BulkGrader bulk, PlanService plans, CancellationToken ct)
    {
        var today = plans.Today;
        if (request.Year < today.Year || request.Year > today.Year + 1)
        {
            throw new ShianException(RiskGradingErrors.YearOutOfRange, $"年度评定只能针对 {today.Year} 或 {today.Year + 1} 年度。", 400,
                new Dictionary<string, string[]> { ["year"] = [$"年度应为 {today.Year} 或 {today.Year + 1}"] });
        }

        return TypedResults.Ok(await bulk.RunAsync(BulkMode.Annual, null, request.Year, null, ct));
    }

    private static async Task<Created<PlanView>> GenerateAsync(GeneratePlanRequest request, PlanService plans, CancellationToken ct)
    {
        var id = await plans.GenerateAsync(request, ct);
        return TypedResults.Created($"/api/v1/riskgrading/plans/{id}", await plans.GetAsync(id, new PlanFilter(), new PageRequest(), ct));
    }

    private static async Task<Ok<List<PlanSummary>>> ListPlansAsync(PlanService plans, string? district = null, int? year = null, CancellationToken ct = default)
    {
        if (district is { Length: > 0 })
        {
            await plans.ValidateAsync(district, year, ct);
        }
        else
        {
            plans.ValidateYear(year);
        }

        return TypedResults.Ok(await plans.ListAsync(district, year, ct));
    }

    private static async Task<Results<Ok<PlanView>, ProblemHttpResult>> GetPlanAsync(
        Guid planId, PlanService plans, string? status = null, Guid? inspector = null, string? town = null, int page = 1, int pageSize = PageRequest.DefaultPageSize,
        CancellationToken ct = default) =>
        await plans.GetAsync(planId, new PlanFilter(status, inspector, town), new PageRequest(page, pageSize), ct) is { } view
            ? TypedResults.Ok(view)
            : PlanNotFound();

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(Guid planId, PlanService plans, CancellationToken ct)
    {
        if (await plans.FindAsync(planId, ct) is not { } plan)
        {
            return PlanNotFound();
        }

        var rows = await plans.RowsAsync(plan, ct);
        return TypedResults.File(PlanCsv.Write(rows), "text/csv; charset=utf-8", $"inspection-plan-{plan.JurisdictionCode}-{plan.Year}.csv");
    }

    private static ProblemHttpResult NotFound() =>
        Problems.NotFound(RiskGradingErrors.GradeNotFound, "未找到该经营主体的风险等级，或不在您的辖区范围内。");

    private static ProblemHttpResult PlanNotFound() =>
        Problems.NotFound(RiskGradingErrors.PlanNotFound, "未找到该检查计划，或不在您的辖区范围内。");
}

internal sealed class AnnualRegradeRequest
{
    [Range(2016, 2100, ErrorMessage = "年度应在2016–2100之间")]
    public int Year { get; set; }
}
