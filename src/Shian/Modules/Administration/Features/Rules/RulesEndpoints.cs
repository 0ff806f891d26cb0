using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;

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

    internal static async Task<Ok<List<RuleView>>> ListAsync(string? ruleSet, RuleAdmin admin, CancellationToken ct) =>
        TypedResults.Ok(await admin.ListAsync(ruleSet, ct));

    internal static async Task<Created<RuleView>> AddVersionAsync(AddRuleVersionRequest request, RuleAdmin admin, CancellationToken ct)
    {
        var row = await admin.AddVersionAsync(request, ct);
        return TypedResults.Created($"/api/v1/administration/rules?ruleSet={row.RuleSet}", row);
    }
}

internal sealed class AddRuleVersionRequest
{
    [Required(ErrorMessage = "请填写规则集")]
    [RegularExpression("^[a-z_]+\\.[a-z0-9_.]+$", ErrorMessage = "规则集格式应为 模块.名称，例如 inspections.publication")]
    [StringLength(100, ErrorMessage = "规则集不能超过100个字符")]
    public string? RuleSet { get; set; }

    [Required(ErrorMessage = "请填写键")]
    [StringLength(100, ErrorMessage = "键不能超过100个字符")]
    public string? Key { get; set; }

    [Required(ErrorMessage = "请填写值")]
    [StringLength(2000, ErrorMessage = "值不能超过2000个字符")]
    public string? Value { get; set; }

    [StringLength(30, ErrorMessage = "单位不能超过30个字符")]
    public string? Unit { get; set; }

    [Required(ErrorMessage = "请填写生效日期")]
    public DateOnly? EffectiveFrom { get; set; }

    [Required(ErrorMessage = "请填写依据（法规或标准名称）")]
    [StringLength(200, ErrorMessage = "依据不能超过200个字符")]
    public string? Source { get; set; }

    [StringLength(100, ErrorMessage = "条款不能超过100个字符")]
    public string? Article { get; set; }

    [StringLength(40, ErrorMessage = "可信度标记不能超过40个字符")]
    public string? Confidence { get; set; }

    [StringLength(500, ErrorMessage = "备注不能超过500个字符")]
    public string? Note { get; set; }
}

internal sealed record RuleView(
    Guid Id, string RuleSet, string Key, string Value, string? Unit, DateOnly EffectiveFrom, DateOnly? EffectiveTo,
    string Source, string? Article, string Confidence, string? Note);
