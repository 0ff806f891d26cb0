using Shian.Modules.Inspections.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.RandomChecks.Domain;

/// <summary>
/// A drawn target: the operator to inspect, by whom and by when. It belongs to the operator's town. Closed by the
/// <see cref="InspectionCompleted"/> event whose source reference names the task.
/// </summary>
internal sealed class Assignment : Entity, IAudited, IJurisdictionScoped
{
    public Guid TaskId { get; init; }

    public Guid RoundId { get; init; }

    /// <summary>0-based position in draw order.</summary>
    public int Position { get; init; }

    public Guid OperatorId { get; init; }

    public string CreditCode { get; init; } = "";

    public string OperatorName { get; init; } = "";

    public string JurisdictionCode { get; init; } = "";

    public DateOnly DueOn { get; init; }

    public AssignmentStatus Status { get; private set; } = AssignmentStatus.Open;

    public List<AssignmentInspector> Inspectors { get; init; } = [];

    public Guid? InspectionId { get; private set; }

    public InspectionResult? Result { get; private set; }

    public DateOnly? InspectedOn { get; private set; }

    /// <summary>Last day to publish the result: inspection day + the publication rule's working days.</summary>
    public DateOnly? PublishBy { get; private set; }

    public string? ResultDocumentCode { get; private set; }

    public void Complete(InspectionCompleted e, DateOnly publishBy)
    {
        (Status, InspectionId, Result, InspectedOn, PublishBy, ResultDocumentCode) =
            (AssignmentStatus.Done, e.InspectionId, e.Result, e.InspectedOn, publishBy, e.ResultDocumentCode);
    }

    public void Cancel() => Status = AssignmentStatus.Cancelled;
}

/// <summary>An inspector of an assignment, in draw order.</summary>
internal sealed class AssignmentInspector : Entity
{
    public Guid AssignmentId { get; init; }

    public int Order { get; init; }

    public Guid UserId { get; init; }

    public string DisplayName { get; init; } = "";
}

internal enum AssignmentStatus
{
    Open,
    Done,
    Cancelled,
}
