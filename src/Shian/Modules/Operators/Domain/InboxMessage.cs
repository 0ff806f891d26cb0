using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Operators.Domain;

/// <summary>
/// A message to an operator (reminders, notices), posted by any module through <c>IOperatorInbox</c>. Scoped to
/// the operator's town and owned by the operator, so its enterprise users may mark it read. Not audited: what
/// it announces is audited where it happened, and read marks would only fill the ledger.
/// </summary>
internal sealed class InboxMessage : Entity, IJurisdictionScoped
{
    public Guid OperatorId { get; init; }

    public string JurisdictionCode { get; init; } = "";

    public DateTimeOffset PostedAt { get; init; }

    public string Module { get; init; } = "";

    public string Kind { get; init; } = "";

    public string Title { get; init; } = "";

    public string Body { get; init; } = "";

    public string? Link { get; init; }

    public DateTimeOffset? ReadAt { get; private set; }

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;

    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
