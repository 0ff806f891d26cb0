namespace Shian.Modules.Operators.Contracts;

/// <summary>
/// How any module adds an event to an operator's file (一户一档). The entry is added to the caller's unit of
/// work and commits with the caller's own change.
/// </summary>
public interface IOperatorTimeline
{
    Task AppendAsync(OperatorTimelineEvent timelineEvent, CancellationToken ct);
}

/// <summary>An event for the operator's timeline. <paramref name="Kind"/> is stable, e.g. <c>licensing.licence_issued</c>.</summary>
public sealed record OperatorTimelineEvent(
    Guid OperatorId, string Module, string Kind, string Title, string? Detail = null, string? Link = null);
