using Shian.Modules.Administration.Contracts;

namespace Shian.Modules.Licensing.Domain;

/// <summary>What the lifecycle rules look at; gathered by the handler so the rules stay pure.</summary>
internal sealed record LifecycleFacts(
    ApplicationKind Kind,
    bool Commitment,
    IReadOnlyDictionary<string, bool> Materials,
    IReadOnlyList<string> ItemsOutsideCommitment,
    string? LegalRepresentativeBan,
    string? SeriousViolation);

/// <summary>
/// The rule rows in force for one kind: its materials checklist, whether the kind may be approved on
/// commitment (<c>licensing.commitment_kinds</c>), and the citations of the credit checks.
/// </summary>
internal sealed record LifecycleRuleRows(IReadOnlyList<RuleValue> Materials, RuleValue? KindCommitment, RuleValue? CreditCitation);

/// <summary>
/// Which applications an existing licence admits, and the instant-approval rules of change, renewal,
/// replacement, cancellation and production applications. As for new licences every rule is evaluated and
/// kept with the decision; all passing approves at once, anything else goes to a reviewer, never to rejection.
/// </summary>
internal static class LifecycleRules
{
    public const string Materials = InstantApprovalRules.Materials;
    public const string CommitmentChosen = InstantApprovalRules.CommitmentChosen;
    public const string KindAllowsCommitment = "commitment_allowed_for_kind";
    public const string AddedItemsInScope = "added_items_in_commitment_scope";
    public const string LegalRepresentativeNotBanned = InstantApprovalRules.LegalRepresentativeNotBanned;
    public const string NotSeriouslyListed = InstantApprovalRules.NotSeriouslyListed;

    /// <summary>Why <paramref name="status"/> (as seen today) does not admit <paramref name="kind"/>, or null if it does.</summary>
    public static string? StateRefusal(ApplicationKind kind, LicenceStatus status) => (kind, status) switch
    {
        (_, LicenceStatus.Valid) => null,
        (ApplicationKind.Cancellation, LicenceStatus.Expired) => null,
        (ApplicationKind.Renewal, LicenceStatus.Expired) => "许可证已过有效期，不能延续，请重新申请许可。",
        (_, LicenceStatus.Expired) => "许可证已过有效期，不能办理该事项。",
        (_, LicenceStatus.Cancelled) => "许可证已注销，不能办理该事项。",
        (_, LicenceStatus.Revoked) => "许可证已被撤销，不能办理该事项。",
        _ => "许可证当前状态不允许办理该事项。",
    };

    /// <summary>
    /// 延续 must be applied for inside a window before expiry, counted in working days: from
    /// <paramref name="earliest"/> (null = no lower bound) to <paramref name="latest"/> working days before.
    /// </summary>
    public static string? RenewalWindowRefusal(int workingDaysLeft, int? earliest, int latest, string citation)
    {
        if (earliest is { } e && workingDaysLeft > e)
        {
            return $"距有效期届满还有{workingDaysLeft}个工作日，应在届满前{e}个工作日内申请延续（{citation}）。";
        }

        return workingDaysLeft < latest
            ? $"距有效期届满仅剩{workingDaysLeft}个工作日，已超过届满前{latest}个工作日的延续申请期限（{citation}），请在到期后重新申请许可。"
            : null;
    }

    public static ApprovalResult Evaluate(LifecycleFacts facts, LifecycleRuleRows rows)
    {
        var creditCitation = rows.CreditCitation?.Citation ?? "";
        List<RuleOutcome> rules = [MaterialsRule(facts, rows), CommitmentChosenRule(facts, rows), KindRule(facts, rows)];
        if (facts.Kind == ApplicationKind.Change)
        {
            rules.Add(facts.ItemsOutsideCommitment.Count == 0
                ? new(AddedItemsInScope, true, "变更后的经营项目均在告知承诺适用范围内。", rows.KindCommitment?.Citation ?? "")
                : new(AddedItemsInScope, false, $"以下新增经营项目不适用告知承诺，需审查：{string.Join("、", facts.ItemsOutsideCommitment)}。", rows.KindCommitment?.Citation ?? ""));
        }

        if (facts.Kind is ApplicationKind.Change or ApplicationKind.Production)
        {
            rules.Add(facts.LegalRepresentativeBan is null
                ? new(LegalRepresentativeNotBanned, true, "法定代表人（负责人）不在从业禁止名单内。", creditCitation)
                : new(LegalRepresentativeNotBanned, false, $"法定代表人（负责人）处于从业禁止期内：{facts.LegalRepresentativeBan}。", creditCitation));
        }

        if (facts.Kind is not (ApplicationKind.Cancellation or ApplicationKind.Replacement))
        {
            rules.Add(facts.SeriousViolation is null
                ? new(NotSeriouslyListed, true, "经营者未被列入严重违法失信名单。", creditCitation)
                : new(NotSeriouslyListed, false, $"经营者已被列入严重违法失信名单（{facts.SeriousViolation}），不适用告知承诺，转人工审查。", creditCitation));
        }

        return new ApprovalResult(rules.TrueForAll(r => r.Passed), rules);
    }

    private static RuleOutcome MaterialsRule(LifecycleFacts facts, LifecycleRuleRows rows)
    {
        var missing = rows.Materials.Where(m => !facts.Materials.GetValueOrDefault(m.Key)).Select(m => m.Value).ToList();
        var citation = rows.Materials.Count > 0 ? rows.Materials[0].Citation : "";
        return missing.Count == 0
            ? new(Materials, true, "申请材料齐全。", citation)
            : new(Materials, false, $"申请材料不齐全，缺少：{string.Join("、", missing)}。", citation);
    }

    private static RuleOutcome CommitmentChosenRule(LifecycleFacts facts, LifecycleRuleRows rows) =>
        facts.Commitment
            ? new(CommitmentChosen, true, "申请人选择告知承诺方式办理。", rows.KindCommitment?.Citation ?? "")
            : new(CommitmentChosen, false, "申请人未选择告知承诺，按一般程序审查。", rows.KindCommitment?.Citation ?? "");

    /// <summary>The kind's row must say "yes"; production rows say "no" because 令第24号 requires an on-site review.</summary>
    private static RuleOutcome KindRule(LifecycleFacts facts, LifecycleRuleRows rows) =>
        rows.KindCommitment?.Value == "yes"
            ? new(KindAllowsCommitment, true, "该类申请可适用告知承诺即时办理。", rows.KindCommitment.Citation)
            : new(KindAllowsCommitment, false,
                facts.Kind == ApplicationKind.Production
                    ? "食品生产许可须经现场核查后方可作出决定，不适用即时审批，转人工审查。"
                    : "该类申请不适用告知承诺即时办理，转人工审查。",
                rows.KindCommitment?.Citation ?? "");
}
