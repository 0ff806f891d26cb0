using Shian.Modules.Administration.Contracts;

namespace Shian.Modules.Licensing.Domain;

/// <summary>What the instant-approval rules look at; gathered by the handler so the rules stay pure.</summary>
internal sealed record ApprovalFacts(
    int BusinessType,
    IReadOnlyList<string> Items,
    bool Commitment,
    IReadOnlyDictionary<string, bool> Materials,
    string? LegalRepresentativeBan,
    IReadOnlyList<string> KeyStaffBans,
    string? SeriousViolation,
    string? ActiveLicenceForPremises);

/// <summary>The rule rows in force on the decision date, by set.</summary>
internal sealed record ApprovalRuleRows(
    IReadOnlyList<RuleValue> Items,
    IReadOnlyList<RuleValue> Materials,
    IReadOnlyList<RuleValue> Commitment,
    RuleValue? CreditCitation,
    RuleValue? DuplicateCitation);

internal sealed record ApprovalResult(bool Approve, IReadOnlyList<RuleOutcome> Rules);

/// <summary>
/// 秒批: a new licence on commitment is granted at once only when every rule passes; otherwise the
/// application goes to a reviewer. Every rule is always evaluated and listed, so the applicant and the
/// reviewer see all reasons at once (行政许可法 Art. 32: all corrections notified together).
/// </summary>
internal static class InstantApprovalRules
{
    public const string Materials = "materials_complete";
    public const string CommitmentChosen = "commitment_chosen";
    public const string CommitmentScope = "commitment_scope";
    public const string LegalRepresentativeNotBanned = "legal_representative_not_banned";
    public const string KeyStaffNotBanned = "key_staff_not_banned";
    public const string NotSeriouslyListed = "not_serious_violation_listed";
    public const string NoActiveLicence = "no_active_licence_for_premises";

    public static ApprovalResult Evaluate(ApprovalFacts facts, ApprovalRuleRows rows)
    {
        List<RuleOutcome> rules =
        [
            MaterialsRule(facts, rows),
            CommitmentChosenRule(facts, rows),
            CommitmentScopeRule(facts, rows),
            BanRule(LegalRepresentativeNotBanned, "法定代表人（负责人）", facts.LegalRepresentativeBan is null ? [] : [facts.LegalRepresentativeBan], rows),
            BanRule(KeyStaffNotBanned, "关键岗位人员", facts.KeyStaffBans, rows),
            facts.SeriousViolation is null
                ? new(NotSeriouslyListed, true, "经营者未被列入严重违法失信名单。", Cite(rows.CreditCitation))
                : new(NotSeriouslyListed, false, $"经营者已被列入严重违法失信名单（{facts.SeriousViolation}），不适用告知承诺，转人工审查。", Cite(rows.CreditCitation)),
            facts.ActiveLicenceForPremises is null
                ? new(NoActiveLicence, true, "该经营场所同一主体业态下无有效许可证。", Cite(rows.DuplicateCitation))
                : new(NoActiveLicence, false, $"该经营场所同一主体业态已有有效许可证 {facts.ActiveLicenceForPremises}，转人工审查。", Cite(rows.DuplicateCitation)),
        ];
        return new ApprovalResult(rules.TrueForAll(r => r.Passed), rules);
    }

    private static RuleOutcome MaterialsRule(ApprovalFacts facts, ApprovalRuleRows rows)
    {
        var missing = rows.Materials.Where(m => !facts.Materials.GetValueOrDefault(m.Key)).Select(m => m.Value).ToList();
        var citation = rows.Materials.Count > 0 ? rows.Materials[0].Citation : "";
        return missing.Count == 0
            ? new(Materials, true, "申请材料齐全。", citation)
            : new(Materials, false, $"申请材料不齐全，缺少：{string.Join("、", missing)}。", citation);
    }

    private static RuleOutcome CommitmentChosenRule(ApprovalFacts facts, ApprovalRuleRows rows)
    {
        var citation = rows.Commitment.Count > 0 ? rows.Commitment[0].Citation : "";
        return facts.Commitment
            ? new(CommitmentChosen, true, "申请人选择告知承诺方式办理。", citation)
            : new(CommitmentChosen, false, "申请人未选择告知承诺，按一般程序审查。", citation);
    }

    /// <summary>Each item's combination with the 业态 must be a rule row valued "yes"; "review" or absent sends to review.</summary>
    private static RuleOutcome CommitmentScopeRule(ApprovalFacts facts, ApprovalRuleRows rows)
    {
        var notAllowed = new List<string>();
        var citation = "";
        foreach (var item in facts.Items)
        {
            var row = rows.Commitment.FirstOrDefault(r => r.Key == $"{facts.BusinessType}:{item}")
                ?? rows.Commitment.FirstOrDefault(r => r.Key == $"{facts.BusinessType}:*");
            citation = row?.Citation ?? citation;
            if (row?.Value != "yes")
            {
                // Name the item as the applicant chose it (经营项目 in Chinese), the code only if no row names it.
                notAllowed.Add(rows.Items.FirstOrDefault(r => r.Key == $"{facts.BusinessType}:{item}")?.Value ?? item);
            }
        }

        return notAllowed.Count == 0
            ? new(CommitmentScope, true, "主体业态与经营项目均在告知承诺适用范围内。", citation)
            : new(CommitmentScope, false, $"以下经营项目不适用告知承诺，需现场核查：{string.Join("、", notAllowed)}。", citation);
    }

    private static RuleOutcome BanRule(string code, string who, IReadOnlyList<string> bans, ApprovalRuleRows rows) =>
        bans.Count == 0
            ? new(code, true, $"{who}不在从业禁止名单内。", Cite(rows.CreditCitation))
            : new(code, false, $"{who}处于从业禁止期内：{string.Join("；", bans)}。", Cite(rows.CreditCitation));

    private static string Cite(RuleValue? row) => row?.Citation ?? "";
}
