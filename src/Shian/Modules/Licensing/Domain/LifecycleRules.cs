using Shian.Modules.Administration.Contracts;
using Shian.Shared.Kernel;

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
    /// <remarks>The answer is a message key (the caller reads it in the reader's language).</remarks>
    public static string? StateRefusal(ApplicationKind kind, LicenceStatus status) => (kind, status) switch
    {
        (_, LicenceStatus.Valid) => null,
        (ApplicationKind.Cancellation, LicenceStatus.Expired) => null,
        (ApplicationKind.Renewal, LicenceStatus.Expired) => "licensing.state_renewal_expired",
        (_, LicenceStatus.Expired) => "licensing.state_expired",
        (_, LicenceStatus.Cancelled) => "licensing.state_cancelled",
        (_, LicenceStatus.Revoked) => "licensing.state_revoked",
        _ => "licensing.state_other",
    };

    /// <summary>
    /// 延续 must be applied for inside a window before expiry, counted in working days: from
    /// <paramref name="earliest"/> (null = no lower bound) to <paramref name="latest"/> working days before.
    /// The refusal is read in the reader's language.
    /// </summary>
    public static string? RenewalWindowRefusal(int workingDaysLeft, int? earliest, int latest, string citation)
    {
        if (earliest is { } e && workingDaysLeft > e)
        {
            return Messages.Get("licensing.renewal_too_early", workingDaysLeft, e, citation);
        }

        return workingDaysLeft < latest
            ? Messages.Get("licensing.renewal_too_late", workingDaysLeft, latest, citation)
            : null;
    }

    public static ApprovalResult Evaluate(LifecycleFacts facts, LifecycleRuleRows rows)
    {
        var creditCitation = rows.CreditCitation?.Citation ?? "";
        List<RuleOutcome> rules = [MaterialsRule(facts, rows), CommitmentChosenRule(facts, rows), KindRule(facts, rows)];
        if (facts.Kind == ApplicationKind.Change)
        {
            rules.Add(facts.ItemsOutsideCommitment.Count == 0
                ? new(AddedItemsInScope, true, LicensingText.Zh("licensing.rule_added_items_ok"), rows.KindCommitment?.Citation ?? "")
                : new(AddedItemsInScope, false, LicensingText.Zh("licensing.rule_added_items_outside", string.Join(LicensingText.Zh("licensing.list_separator"), facts.ItemsOutsideCommitment)), rows.KindCommitment?.Citation ?? ""));
        }

        if (facts.Kind is ApplicationKind.Change or ApplicationKind.Production)
        {
            rules.Add(facts.LegalRepresentativeBan is null
                ? new(LegalRepresentativeNotBanned, true, LicensingText.Zh("licensing.rule_not_banned", LicensingText.Zh("licensing.who_legal_representative")), creditCitation)
                : new(LegalRepresentativeNotBanned, false, LicensingText.Zh("licensing.rule_banned", LicensingText.Zh("licensing.who_legal_representative"), facts.LegalRepresentativeBan), creditCitation));
        }

        if (facts.Kind is not (ApplicationKind.Cancellation or ApplicationKind.Replacement))
        {
            rules.Add(facts.SeriousViolation is null
                ? new(NotSeriouslyListed, true, LicensingText.Zh("licensing.rule_not_listed"), creditCitation)
                : new(NotSeriouslyListed, false, LicensingText.Zh("licensing.rule_listed", facts.SeriousViolation), creditCitation));
        }

        return new ApprovalResult(rules.TrueForAll(r => r.Passed), rules);
    }

    private static RuleOutcome MaterialsRule(LifecycleFacts facts, LifecycleRuleRows rows)
    {
        var missing = rows.Materials.Where(m => !facts.Materials.GetValueOrDefault(m.Key)).Select(m => m.Value).ToList();
        var citation = rows.Materials.Count > 0 ? rows.Materials[0].Citation : "";
        return missing.Count == 0
            ? new(Materials, true, LicensingText.Zh("licensing.rule_materials_complete"), citation)
            : new(Materials, false, LicensingText.Zh("licensing.rule_materials_missing", string.Join(LicensingText.Zh("licensing.list_separator"), missing)), citation);
    }

    private static RuleOutcome CommitmentChosenRule(LifecycleFacts facts, LifecycleRuleRows rows) =>
        facts.Commitment
            ? new(CommitmentChosen, true, LicensingText.Zh("licensing.rule_commitment_chosen"), rows.KindCommitment?.Citation ?? "")
            : new(CommitmentChosen, false, LicensingText.Zh("licensing.rule_commitment_not_chosen"), rows.KindCommitment?.Citation ?? "");

    /// <summary>The kind's row must say "yes"; production rows say "no" because 令第24号 requires an on-site review.</summary>
    private static RuleOutcome KindRule(LifecycleFacts facts, LifecycleRuleRows rows) =>
        rows.KindCommitment?.Value == "yes"
            ? new(KindAllowsCommitment, true, LicensingText.Zh("licensing.rule_kind_allows"), rows.KindCommitment.Citation)
            : new(KindAllowsCommitment, false,
                facts.Kind == ApplicationKind.Production
                    ? LicensingText.Zh("licensing.rule_production_needs_site")
                    : LicensingText.Zh("licensing.rule_kind_not_allowed"),
                rows.KindCommitment?.Citation ?? "");
}
