using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Catering.Domain;

/// <summary>
/// A no-rating window (暂停评级) opened by a food-safety incident or a warning-or-worse penalty (cn_rules §3): while
/// it runs the establishment shows 暂停评级 / 未评级 with the reason. One row per source event (unique
/// <see cref="SourceKey"/>), so a replayed event opens nothing twice.
/// </summary>
internal sealed class CateringSuspension : Entity, IAudited, IJurisdictionScoped
{
    public const string Incident = "incident";
    public const string Penalty = "penalty";

    public Guid OperatorId { get; init; }

    public string JurisdictionCode { get; init; } = "";

    /// <summary><c>incidents:{id}</c> or <c>penalties:{caseId}</c>.</summary>
    public string SourceKey { get; init; } = "";

    /// <summary><see cref="Incident"/> or <see cref="Penalty"/>.</summary>
    public string Kind { get; init; } = "";

    /// <summary>The incident or decision day: the window's first day.</summary>
    public DateOnly From { get; init; }

    /// <summary>The first day rated again (exclusive end).</summary>
    public DateOnly Until { get; init; }

    /// <summary>Why, in Chinese, as shown next to the grade.</summary>
    public string Reason { get; init; } = "";

    /// <summary>The rule row applied.</summary>
    public string Citation { get; init; } = "";

    public DateTimeOffset RecordedAt { get; init; }

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;

    public SuspensionWindow Window => new(From, Until, Reason);
}
