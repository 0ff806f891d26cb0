using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Administration.Contracts;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Administration.AddRuleVersion;

/// <summary>Rule values are versioned by effective date, so a past decision is explained by the rule in force then.</summary>
[Collection(AppCollection.Name)]
public sealed class RulesTests(ShianAppFactory app)
{
    [Fact]
    public async Task A_new_version_closes_the_previous_one_and_the_rule_book_answers_by_date()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var ruleSet = NewRuleSet();

        var first = await admin.PostAsJsonAsync(AdministrationApiPaths.Rules, Rule(ruleSet, "10", "2024-01-01"));
        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        var second = await admin.PostAsJsonAsync(AdministrationApiPaths.Rules, Rule(ruleSet, "20", "2025-07-01"));
        second.StatusCode.ShouldBe(HttpStatusCode.Created, await second.Content.ReadAsStringAsync());

        var versions = (await (await admin.GetAsync(AdministrationApiPaths.RulesOf(ruleSet))).ReadJsonAsync()).EnumerateArray().ToList();
        versions.Count.ShouldBe(2);
        versions[0].GetProperty("effectiveTo").GetString().ShouldBe("2025-07-01");
        versions[1].GetProperty("effectiveTo").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        await using var scope = app.Services.CreateAsyncScope();
        var book = scope.ServiceProvider.GetRequiredService<IRuleBook>();
        (await book.FindAsync(ruleSet, "limit", new DateOnly(2023, 12, 31), default)).ShouldBeNull();
        (await book.FindAsync(ruleSet, "limit", new DateOnly(2024, 1, 1), default))!.AsInt().ShouldBe(10);
        (await book.FindAsync(ruleSet, "limit", new DateOnly(2025, 6, 30), default))!.AsInt().ShouldBe(10);
        (await book.FindAsync(ruleSet, "limit", new DateOnly(2025, 7, 1), default))!.AsInt().ShouldBe(20);
        (await book.FindAsync(ruleSet, "limit", new DateOnly(2040, 1, 1), default))!.AsInt().ShouldBe(20);
    }

    [Theory]
    [InlineData("2025-07-01")]
    [InlineData("2025-01-01")]
    [InlineData("2023-01-01")]
    public async Task A_version_that_does_not_start_after_every_existing_one_is_409(string effectiveFrom)
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var ruleSet = NewRuleSet();
        (await admin.PostAsJsonAsync(AdministrationApiPaths.Rules, Rule(ruleSet, "10", "2024-01-01"))).EnsureSuccessStatusCode();
        (await admin.PostAsJsonAsync(AdministrationApiPaths.Rules, Rule(ruleSet, "20", "2025-07-01"))).EnsureSuccessStatusCode();

        var response = await admin.PostAsJsonAsync(AdministrationApiPaths.Rules, Rule(ruleSet, "15", effectiveFrom));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "administration.rule_version_not_latest");
        var versions = (await (await admin.GetAsync(AdministrationApiPaths.RulesOf(ruleSet))).ReadJsonAsync()).EnumerateArray().ToList();
        versions.Select(v => v.GetProperty("value").GetString()).ShouldBe(["10", "20"]);
    }

    [Fact]
    public async Task The_rule_book_returns_a_whole_rule_set_with_citations()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var book = scope.ServiceProvider.GetRequiredService<IRuleBook>();

        var rule = await book.FindAsync("inspections.publication", "working_days", new DateOnly(2026, 1, 1), default);
        var set = await book.GetSetAsync("riskgrading.model", new DateOnly(2026, 1, 1), default);

        rule.ShouldNotBeNull();
        rule.AsInt().ShouldBe(20);
        rule.Citation.ShouldBe("《食品生产经营监督检查管理办法（市场监管总局令第49号）》第三十九条");
        set.Select(r => r.Key).ShouldContain("static_max");
        set.ShouldAllBe(r => r.RuleSet == "riskgrading.model");
    }

    [Theory]
    [InlineData(TestUsers.Leader)]
    [InlineData(TestUsers.TaishanInspector)]
    public async Task Only_an_administrator_may_add_a_rule_version(string userName)
    {
        using var client = await app.ClientAsAsync(userName);
        var ruleSet = NewRuleSet();

        var response = await client.PostAsJsonAsync(AdministrationApiPaths.Rules, Rule(ruleSet, "10", "2024-01-01"));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await (await client.GetAsync(AdministrationApiPaths.RulesOf(ruleSet))).ReadJsonAsync()).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_rule_without_a_source_or_with_a_malformed_rule_set_is_400()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var noSource = Rule(NewRuleSet(), "1", "2024-01-01");
        noSource.Remove("source");

        await (await admin.PostAsJsonAsync(AdministrationApiPaths.Rules, noSource)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        await (await admin.PostAsJsonAsync(AdministrationApiPaths.Rules, Rule("No Dots Here", "1", "2024-01-01")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
    }

    private static string NewRuleSet() => "tests.r" + Guid.NewGuid().ToString("N")[..10];

    private static Dictionary<string, object?> Rule(string ruleSet, string value, string effectiveFrom) => new()
    {
        ["ruleSet"] = ruleSet,
        ["key"] = "limit",
        ["value"] = value,
        ["unit"] = "days",
        ["effectiveFrom"] = effectiveFrom,
        ["source"] = "测试规章",
        ["article"] = "第一条",
    };
}
