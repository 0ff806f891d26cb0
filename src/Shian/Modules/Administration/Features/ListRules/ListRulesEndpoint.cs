using Microsoft.AspNetCore.Http.HttpResults;

namespace Shian.Modules.Administration.Features.ListRules;

internal static class ListRulesEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/rules/", HandleAsync).WithName("Administration.Rules.List")
            .WithSummary("Rule rows with their versions and citations, optionally of one rule set.")
            .RequireAuthorization(AdministrationPermissions.ReferencePolicy);

    private static async Task<Ok<List<RuleView>>> HandleAsync(string? ruleSet, RuleList rules, CancellationToken ct) =>
        TypedResults.Ok(await rules.ListAsync(ruleSet, ct));
}
