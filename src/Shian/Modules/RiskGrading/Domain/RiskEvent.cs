using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.RiskGrading.Domain;

/// <summary>
/// An event that moves the dynamic score, recorded once per source (<see cref="SourceKey"/>, unique): an
/// inspection, a sampling failure, a penalty, a verified complaint or an incident. Also the record of
/// inspections done for the frequency plan.
/// </summary>
internal sealed class RiskEvent : Entity, IAudited, IJurisdictionScoped
{
    public Guid OperatorId { get; init; }

    public string JurisdictionCode { get; init; } = "";

    /// <summary>See <see cref="RiskEventKinds"/>.</summary>
    public string Kind { get; init; } = "";

    /// <summary>The source, e.g. <c>inspections:{id}</c>: a repeated event is recorded once.</summary>
    public string SourceKey { get; init; } = "";

    public DateOnly OccurredOn { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>Inspections: Conforms, BasicallyConforms, DoesNotConform.</summary>
    public string? Result { get; init; }

    /// <summary>Inspections: routine, flying, system, special, post_licence.</summary>
    public string? InspectionKind { get; init; }

    public int KeyItemsFailed { get; init; }

    public int GeneralItemsFailed { get; init; }

    /// <summary>Sampling: level; penalty: kinds (comma-separated); incident: severity.</summary>
    public string? Detail { get; init; }

    public bool Intentional { get; init; }

    public string Description { get; init; } = "";

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;

    public RiskEventData ToData() => new(Id, Kind, SourceKey, OccurredOn, Result, KeyItemsFailed, GeneralItemsFailed, Detail, Intentional);
}
