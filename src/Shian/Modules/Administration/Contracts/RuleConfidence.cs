namespace Shian.Modules.Administration.Contracts;

/// <summary>How far a rule row's value can be trusted, as people read it.</summary>
public enum RuleConfidenceKind
{
    /// <summary>Checked against the cited source.</summary>
    Sourced,

    /// <summary>A value the bureau sets for itself (quotas, local thresholds): no national source to check.</summary>
    Local,

    /// <summary>Recorded from memory, to be checked against the source before it is relied on.</summary>
    Unverified,
}

/// <summary>
/// Reads the free-text confidence of a rule row ("sourced", "local configuration", "from memory (M)", …, as
/// <c>shared/domain/cn_rules.md</c> marks them) as one of three kinds. The text itself is a note for whoever
/// maintains the rules; pages show the kind's label.
/// </summary>
public static class RuleConfidence
{
    public static RuleConfidenceKind Of(string? confidence) => confidence?.Trim().ToLowerInvariant() switch
    {
        null or "" => RuleConfidenceKind.Unverified,
        "local configuration" or "sourced (local)" => RuleConfidenceKind.Local,
        var c when c.StartsWith("sourced", StringComparison.Ordinal) => RuleConfidenceKind.Sourced,
        _ => RuleConfidenceKind.Unverified,
    };
}
