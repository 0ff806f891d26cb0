using Shian.Modules.Administration.Contracts;
using Shian.Modules.Licensing.Domain;

namespace Shian.Tests.Modules.Licensing.Domain;

public sealed class InstantApprovalRulesTests
{
    private static RuleValue Row(string set, string key, string value) =>
        new(set, key, value, null, new DateOnly(2023, 12, 1), null, "食品经营许可和备案管理办法", null, "from memory");

    private static readonly ApprovalRuleRows Rows = new(
        [Row("licensing.items", "1:cold_chain", "冷藏冷冻食品销售")],
        [Row("licensing.materials", "application_form", "食品经营许可申请书"), Row("licensing.materials", "safety_system", "食品安全管理制度")],
        [Row("licensing.commitment", "1:prepackaged", "yes"), Row("licensing.commitment", "1:cold_chain", "review"), Row("licensing.commitment", "3:*", "no")],
        Row("licensing.credit", "ban_and_listing_check", "yes"),
        Row("licensing.duplicate", "one_per_premises_type", "yes"));

    private static readonly ApprovalFacts Good = new(
        1, ["prepackaged"], true, new Dictionary<string, bool> { ["application_form"] = true, ["safety_system"] = true },
        null, [], null, null);

    private static RuleOutcome Only(ApprovalResult result, string rule)
    {
        result.Approve.ShouldBeFalse();
        var failed = result.Rules.Where(r => !r.Passed).ShouldHaveSingleItem();
        failed.Rule.ShouldBe(rule);
        return failed;
    }

    [Fact]
    public void All_rules_pass_approves_and_lists_every_rule_with_a_citation()
    {
        var result = InstantApprovalRules.Evaluate(Good, Rows);

        result.Approve.ShouldBeTrue();
        result.Rules.Count.ShouldBe(7);
        result.Rules.ShouldAllBe(r => r.Passed && r.Citation.StartsWith('《') && r.Explanation.Length > 0);
    }

    [Fact]
    public void Missing_material_is_named() =>
        Only(InstantApprovalRules.Evaluate(Good with { Materials = new Dictionary<string, bool> { ["application_form"] = true } }, Rows),
            InstantApprovalRules.Materials).Explanation.ShouldContain("食品安全管理制度");

    [Fact]
    public void Without_commitment_goes_to_review() =>
        Only(InstantApprovalRules.Evaluate(Good with { Commitment = false }, Rows), InstantApprovalRules.CommitmentChosen);

    [Theory]
    [InlineData(1, "cold_chain", "冷藏冷冻食品销售")]
    [InlineData(3, "hot_food", "hot_food")]
    [InlineData(1, "not_configured", "not_configured")]
    public void Item_outside_commitment_scope_goes_to_review(int type, string item, string named) =>
        Only(InstantApprovalRules.Evaluate(Good with { BusinessType = type, Items = [item] }, Rows), InstantApprovalRules.CommitmentScope)
            .Explanation.ShouldContain(named);

    [Fact]
    public void Banned_legal_representative_is_refused_with_the_reason() =>
        Only(InstantApprovalRules.Evaluate(Good with { LegalRepresentativeBan = "王*，食品安全犯罪，江市监罚〔2025〕12号" }, Rows),
            InstantApprovalRules.LegalRepresentativeNotBanned).Explanation.ShouldContain("江市监罚〔2025〕12号");

    [Fact]
    public void Banned_key_staff_is_refused() =>
        Only(InstantApprovalRules.Evaluate(Good with { KeyStaffBans = ["李*，终身禁业，决定书"] }, Rows), InstantApprovalRules.KeyStaffNotBanned);

    [Fact]
    public void Serious_violation_listing_is_refused() =>
        Only(InstantApprovalRules.Evaluate(Good with { SeriousViolation = "生产经营病死畜禽肉" }, Rows), InstantApprovalRules.NotSeriouslyListed)
            .Explanation.ShouldContain("严重违法失信名单");

    [Fact]
    public void Active_licence_for_the_same_premises_and_type_goes_to_review() =>
        Only(InstantApprovalRules.Evaluate(Good with { ActiveLicenceForPremises = "JY14407810000011" }, Rows), InstantApprovalRules.NoActiveLicence)
            .Explanation.ShouldContain("JY14407810000011");
}
