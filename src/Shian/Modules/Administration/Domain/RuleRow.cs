using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Domain;

/// <summary>
/// One versioned value that a regulation or standard fixes: a score, threshold, time limit, fine range or
/// limit. A new version closes the previous one (<see cref="EffectiveTo"/>) instead of overwriting it, so
/// past decisions can always be explained by the rule in force on their date.
/// </summary>
internal sealed class RuleRow : Entity, IAudited
{
    /// <summary>The owning module's rule set, e.g. <c>inspections.publication</c>.</summary>
    public string RuleSet { get; init; } = "";

    public string Key { get; init; } = "";

    public string Value { get; init; } = "";

    public string? Unit { get; init; }

    public DateOnly EffectiveFrom { get; init; }

    /// <summary>Exclusive end; null while in force.</summary>
    public DateOnly? EffectiveTo { get; set; }

    /// <summary>The regulation or standard, e.g. 企业信息公示暂行条例.</summary>
    public string Source { get; init; } = "";

    public string? Article { get; init; }

    /// <summary>"sourced" or "from memory, unverified": kept from shared/domain/cn_rules.md and shown where cited.</summary>
    public string Confidence { get; init; } = "sourced";

    public string? Note { get; init; }

    public bool IsInForceOn(DateOnly date) => EffectiveFrom <= date && (EffectiveTo is null || date < EffectiveTo);
}
