using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Shian.Modules.Administration.Features.ListRules;
using Shian.Shared.Web;

namespace Shian.Modules.Administration.Features.AddRuleVersion;

internal static class AddRuleVersionEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/rules/", HandleAsync).WithName("Administration.Rules.AddVersion")
            .WithSummary("Add a new version of a rule; the version in force until then is closed at its start date.")
            .RequireAuthorization(AdministrationPermissions.RulesPolicy)
            .Refuses(409, AdministrationErrors.RuleVersionNotLatest);

    private static async Task<Created<RuleView>> HandleAsync(AddRuleVersionRequest request, RuleVersions versions, CancellationToken ct)
    {
        var row = await versions.AddVersionAsync(request, ct);
        return TypedResults.Created($"/api/v1/administration/rules?ruleSet={row.RuleSet}", row);
    }
}

internal sealed class AddRuleVersionRequest
{
    [Required(ErrorMessage = "administration.rule_set_required")]
    [RegularExpression("^[a-z_]+\\.[a-z0-9_.]+$", ErrorMessage = "administration.rule_set_format")]
    [StringLength(100, ErrorMessage = "administration.rule_set_too_long")]
    public string? RuleSet { get; set; }

    [Required(ErrorMessage = "administration.rule_key_required")]
    [StringLength(100, ErrorMessage = "administration.rule_key_too_long")]
    public string? Key { get; set; }

    [Required(ErrorMessage = "administration.rule_value_required")]
    [StringLength(2000, ErrorMessage = "administration.rule_value_too_long")]
    public string? Value { get; set; }

    [StringLength(30, ErrorMessage = "administration.rule_unit_too_long")]
    public string? Unit { get; set; }

    [Required(ErrorMessage = "administration.rule_effective_from_required")]
    public DateOnly? EffectiveFrom { get; set; }

    [Required(ErrorMessage = "administration.rule_source_required")]
    [StringLength(200, ErrorMessage = "administration.rule_source_too_long")]
    public string? Source { get; set; }

    [StringLength(100, ErrorMessage = "administration.rule_article_too_long")]
    public string? Article { get; set; }

    [StringLength(40, ErrorMessage = "administration.rule_confidence_too_long")]
    public string? Confidence { get; set; }

    [StringLength(500, ErrorMessage = "administration.rule_note_too_long")]
    public string? Note { get; set; }
}
