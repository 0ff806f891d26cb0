using Shian.Modules.Inspections.Contracts;

namespace Shian.Modules.Inspections.Domain;

/// <summary>What the result rule needs to know about one item.</summary>
internal readonly record struct ItemFinding(bool IsKey, int Points, ItemOutcome? Outcome, bool AffectsSafety);

/// <summary>
/// The documented, pure rule that turns item findings into the overall result and the score (cn_rules §2,
/// 令第49号 第三十二、三十三条):
/// any key item (重点项) not conforming → 不符合; else any general item (一般项) not conforming that the inspector
/// marked as affecting food safety → 不符合; else any general item not conforming → 基本符合; else → 符合.
/// Items not applicable (合理缺项) or not checked (flying inspections) do not count.
/// </summary>
internal static class InspectionOutcomeRules
{
    public static InspectionResult Derive(IEnumerable<ItemFinding> findings)
    {
        var failed = findings.Where(f => f.Outcome == ItemOutcome.DoesNotConform).ToList();
        if (failed.Any(f => f.IsKey || f.AffectsSafety))
        {
            return InspectionResult.DoesNotConform;
        }

        return failed.Count > 0 ? InspectionResult.BasicallyConforms : InspectionResult.Conforms;
    }

    /// <summary>Points earned ÷ points applicable × 100 over checked, applicable items, one decimal; null when none.</summary>
    public static decimal? Score(IEnumerable<ItemFinding> findings)
    {
        var scored = findings.Where(f => f.Outcome is ItemOutcome.Conforms or ItemOutcome.DoesNotConform).ToList();
        var applicable = scored.Sum(f => f.Points);
        if (applicable == 0)
        {
            return null;
        }

        var earned = scored.Where(f => f.Outcome == ItemOutcome.Conforms).Sum(f => f.Points);
        return Math.Round(earned * 100m / applicable, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>The result's name (符合 / 基本符合 / 不符合) in the caller's language.</summary>
    public static string Name(InspectionResult result) => InspectionsText.Get("Result_" + result);

    /// <summary>The result's Chinese name, for documents and records.</summary>
    public static string ChineseName(InspectionResult result) => InspectionsText.Zh("Result_" + result);
}
