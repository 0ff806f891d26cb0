namespace Shian.Modules.Operators.Contracts;

/// <summary>
/// How any module sends a message to an operator's inbox (企业消息), read by the operator's enterprise users at
/// <c>/my/inbox</c>. The message is added to the caller's unit of work and commits with the caller's change.
/// </summary>
public interface IOperatorInbox
{
    Task PostAsync(OperatorInboxMessage message, CancellationToken ct);
}

/// <summary>
/// A message for an operator. <paramref name="Kind"/> is stable, e.g. <c>licensing.renewal_reminder</c>;
/// <paramref name="Link"/> is where the user can act (a page of the platform).
/// </summary>
public sealed record OperatorInboxMessage(
    Guid OperatorId, string Module, string Kind, string Title, string Body, string? Link = null);
