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
            BanRule(LegalRepresentativeNotBanned, LicensingText.Zh("licensing.who_legal_representative"), facts.LegalRepresentativeBan is null ? [] : [facts.LegalRepresentativeBan], rows),
            BanRule(KeyStaffNotBanned, LicensingText.Zh("licensing.who_key_staff"), facts.KeyStaffBans, rows),
            facts.SeriousViolation is null
                ? new(NotSeriouslyListed, true, LicensingText.Zh("licensing.rule_not_listed"), Cite(rows.CreditCitation))
                : new(NotSeriouslyListed, false, LicensingText.Zh("licensing.rule_listed", facts.SeriousViolation), Cite(rows.CreditCitation)),
            facts.ActiveLicenceForPremises is null
                ? new(NoActiveLicence, true, LicensingText.Zh("licensing.rule_no_active_licence"), Cite(rows.DuplicateCitation))
                : new(NoActiveLicence, false, LicensingText.Zh("licensing.rule_active_licence", facts.ActiveLicenceForPremises), Cite(rows.DuplicateCitation)),
        ];
        return new ApprovalResult(rules.TrueForAll(r => r.Passed), rules);
    }

    private static RuleOutcome MaterialsRule(ApprovalFacts facts, ApprovalRuleRows rows)
    {
        var missing = rows.Materials.Where(m => !facts.Materials.GetValueOrDefault(m.Key)).Select(m => m.Value).ToList();
        var citation = rows.Materials.Count > 0 ? rows.Materials[0].Citation : "";
        return missing.Count == 0
            ? new(Materials, true, LicensingText.Zh("licensing.rule_materials_complete"), citation)
            : new(Materials, false, LicensingText.Zh("licensing.rule_materials_missing", string.Join(LicensingText.Zh("licensing.list_separator"), missing)), citation);
    }

    private static RuleOutcome CommitmentChosenRule(ApprovalFacts facts, ApprovalRuleRows rows)
    {
        var citation = rows.Commitment.Count > 0 ? rows.Commitment[0].Citation : "";
        return facts.Commitment
            ? new(CommitmentChosen, true, LicensingText.Zh("licensing.rule_commitment_chosen"), citation)
            : new(CommitmentChosen, false, LicensingText.Zh("licensing.rule_commitment_not_chosen"), citation);
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
            ? new(CommitmentScope, true, LicensingText.Zh("licensing.rule_scope_ok"), citation)
            : new(CommitmentScope, false, LicensingText.Zh("licensing.rule_scope_outside", string.Join(LicensingText.Zh("licensing.list_separator"), notAllowed)), citation);
    }

    private static RuleOutcome BanRule(string code, string who, IReadOnlyList<string> bans, ApprovalRuleRows rows) =>
        bans.Count == 0
            ? new(code, true, LicensingText.Zh("licensing.rule_not_banned", who), Cite(rows.CreditCitation))
            : new(code, false, LicensingText.Zh("licensing.rule_banned", who, string.Join("；", bans)), Cite(rows.CreditCitation));

    private static string Cite(RuleValue? row) => row?.Citation ?? "";
}
