using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Administration.Domain;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Features.Rules;

internal static class RulesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var rules = api.MapGroup("/rules");
        rules.MapGet("/", ListAsync).WithName("Administration.Rules.List")
            .WithSummary("Rule rows with their versions and citations, optionally of one rule set.")
            .RequireAuthorization(AdministrationPermissions.ReadReference.Name);
        rules.MapPost("/", AddVersionAsync).WithName("Administration.Rules.AddVersion")
            .WithSummary("Add a new version of a rule; the version in force until then is closed at its start date.")
            .RequireAuthorization(AdministrationPermissions.ManageRules.Name);
    }

    internal static async Task<Ok<List<RuleView>>> ListAsync(string? ruleSet, ShianDbContext db, CancellationToken ct)
    {
        var query = db.Set<RuleRow>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(ruleSet))
        {
            query = query.Where(r => r.RuleSet == ruleSet);
        }

        return TypedResults.Ok(await query.OrderBy(r => r.RuleSet).ThenBy(r => r.Key).ThenBy(r => r.EffectiveFrom)
            .Select(r => new RuleView(r.Id, r.RuleSet, r.Key, r.Value, r.Unit, r.EffectiveFrom, r.EffectiveTo, r.Source, r.Article, r.Confidence, r.Note))
            .ToListAsync(ct));
    }

    internal static async Task<Created<RuleView>> AddVersionAsync(AddRuleVersionRequest request, ShianDbContext db, CancellationToken ct)
    {
        var from = request.EffectiveFrom!.Value;
        var versions = await db.Set<RuleRow>().Where(r => r.RuleSet == request.RuleSet && r.Key == request.Key).ToListAsync(ct);
        if (versions.Any(v => v.EffectiveFrom >= from))
        {
            throw ShianException.Conflict("administration.rule_version_not_latest",
                "已有同日或更晚生效的版本；新版本的生效日期必须晚于现有所有版本。");
        }

        foreach (var open in versions.Where(v => v.EffectiveTo is null || v.EffectiveTo > from))
        {
            open.EffectiveTo = from;
        }

        var row = new RuleRow
        {
            RuleSet = request.RuleSet!,
            Key = request.Key!,
            Value = request.Value!,
            Unit = request.Unit,
            EffectiveFrom = from,
            Source = request.Source!,
            Article = request.Article,
            Confidence = request.Confidence ?? "sourced",
            Note = request.Note,
        };
        db.Add(row);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/administration/rules?ruleSet={row.RuleSet}",
            new RuleView(row.Id, row.RuleSet, row.Key, row.Value, row.Unit, row.EffectiveFrom, row.EffectiveTo, row.Source, row.Article, row.Confidence, row.Note));
    }
}

internal sealed class AddRuleVersionRequest
{
    [Required(ErrorMessage = "请填写规则集")]
    [RegularExpression("^[a-z_]+\\.[a-z0-9_.]+$", ErrorMessage = "规则集格式应为 模块.名称，例如 inspections.publication")]
    [StringLength(100)]
    public string? RuleSet { get; set; }

    [Required(ErrorMessage = "请填写键")]
    [StringLength(100)]
    public string? Key { get; set; }

    [Required(ErrorMessage = "请填写值")]
    [StringLength(2000)]
    public string? Value { get; set; }

    [StringLength(30)]
    public string? Unit { get; set; }

    [Required(ErrorMessage = "请填写生效日期")]
    public DateOnly? EffectiveFrom { get; set; }

    [Required(ErrorMessage = "请填写依据（法规或标准名称）")]
    [StringLength(200)]
    public string? Source { get; set; }

    [StringLength(100)]
    public string? Article { get; set; }

    [StringLength(40)]
    public string? Confidence { get; set; }

    [StringLength(500)]
    public string? Note { get; set; }
}

internal sealed record RuleView(
    Guid Id, string RuleSet, string Key, string Value, string? Unit, DateOnly EffectiveFrom, DateOnly? EffectiveTo,
    string Source, string? Article, string Confidence, string? Note);
