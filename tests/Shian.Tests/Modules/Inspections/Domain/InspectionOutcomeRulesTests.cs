using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Inspections.Domain;

namespace Shian.Tests.Modules.Inspections.Domain;

/// <summary>The pure result rule of cn_rules §2 (令第49号 第三十二、三十三条) and the score formula, case by case.</summary>
public sealed class InspectionOutcomeRulesTests
{
    private static ItemFinding Key(ItemOutcome? outcome, bool affectsSafety = false) => new(true, 5, outcome, affectsSafety);

    private static ItemFinding General(ItemOutcome? outcome, bool affectsSafety = false) => new(false, 2, outcome, affectsSafety);

    [Fact]
    public void Everything_conforming_is_conforms() =>
        InspectionOutcomeRules.Derive([Key(ItemOutcome.Conforms), General(ItemOutcome.Conforms)]).ShouldBe(InspectionResult.Conforms);

    [Fact]
    public void Not_applicable_and_unchecked_items_do_not_count() =>
        InspectionOutcomeRules.Derive([Key(ItemOutcome.NotApplicable), General(null), General(ItemOutcome.Conforms)])
            .ShouldBe(InspectionResult.Conforms);

    [Fact]
    public void A_trivial_general_item_failing_is_basically_conforms() =>
        InspectionOutcomeRules.Derive([Key(ItemOutcome.Conforms), General(ItemOutcome.DoesNotConform), General(ItemOutcome.DoesNotConform)])
            .ShouldBe(InspectionResult.BasicallyConforms);

    [Fact]
    public void A_general_item_failing_that_affects_safety_is_does_not_conform() =>
        InspectionOutcomeRules.Derive([Key(ItemOutcome.Conforms), General(ItemOutcome.DoesNotConform, affectsSafety: true)])
            .ShouldBe(InspectionResult.DoesNotConform);

    [Fact]
    public void Any_key_item_failing_is_does_not_conform_even_if_not_marked_as_affecting_safety() =>
        InspectionOutcomeRules.Derive([Key(ItemOutcome.DoesNotConform), General(ItemOutcome.Conforms)])
            .ShouldBe(InspectionResult.DoesNotConform);

    [Fact]
    public void The_safety_mark_on_a_conforming_item_changes_nothing() =>
        InspectionOutcomeRules.Derive([General(ItemOutcome.Conforms, affectsSafety: true)]).ShouldBe(InspectionResult.Conforms);

    [Fact]
    public void Score_is_points_earned_over_points_applicable_with_not_applicable_excluded()
    {
        // Applicable: 5 + 2 + 2 = 9 points; earned 5 + 2 = 7 → 77.8. The not-applicable key item (5) and the unchecked one are out.
        var score = InspectionOutcomeRules.Score(
            [Key(ItemOutcome.Conforms), General(ItemOutcome.Conforms), General(ItemOutcome.DoesNotConform), Key(ItemOutcome.NotApplicable), General(null)]);

        score.ShouldBe(77.8m);
    }

    [Fact]
    public void Score_is_null_when_nothing_was_scored() =>
        InspectionOutcomeRules.Score([Key(ItemOutcome.NotApplicable), General(null)]).ShouldBeNull();
}
