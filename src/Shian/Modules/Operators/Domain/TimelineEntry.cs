using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Domain;

/// <summary>
/// One event on an operator's file, contributed by any module through <c>IOperatorTimeline</c>. Not itself
/// audited: it is a record of events whose own changes the ledger already holds.
/// </summary>
internal sealed class TimelineEntry : Entity, IJurisdictionScoped
{
    public Guid OperatorId { get; init; }

    public string JurisdictionCode { get; init; } = "";

    public DateTimeOffset OccurredAt { get; init; }

    /// <summary>The contributing module, e.g. Operators, Licensing, Inspections.</summary>
    public string Module { get; init; } = "";

    /// <summary>A stable event kind within the module, e.g. <c>operators.registered</c>.</summary>
    public string Kind { get; init; } = "";

    public string Title { get; init; } = "";

    public string? Detail { get; init; }

    public string ActorName { get; init; } = "";

    /// <summary>Where the user can read more, e.g. the inspection page.</summary>
    public string? Link { get; init; }

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;
}
