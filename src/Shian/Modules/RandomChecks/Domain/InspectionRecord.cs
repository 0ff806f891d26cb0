using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.RandomChecks.Domain;

/// <summary>
/// Who inspected whom and when, projected from <c>InspectionCompleted</c> (one row per inspector) so that recusal
/// does not read another module's tables. Rebuildable from the events, so not in the ledger.
/// </summary>
internal sealed class InspectionRecord : Entity, IJurisdictionScoped
{
    public Guid InspectionId { get; init; }

    public Guid OperatorId { get; init; }

    public Guid InspectorUserId { get; init; }

    public DateOnly InspectedOn { get; init; }

    public string JurisdictionCode { get; init; } = "";
}

/// <summary>
/// An inspector's declared conflict of interest with an operator (利害关系, S-INSP Art 23): while not withdrawn,
/// the inspector is never drawn for that operator. Declared by the inspector or by an administrator.
/// </summary>
internal sealed class ConflictDeclaration : Entity, IAudited, IJurisdictionScoped
{
    public Guid InspectorUserId { get; init; }

    public string InspectorName { get; init; } = "";

    public Guid OperatorId { get; init; }

    public string CreditCode { get; init; } = "";

    public string OperatorName { get; init; } = "";

    /// <summary>The operator's town.</summary>
    public string JurisdictionCode { get; init; } = "";

    public string Reason { get; init; } = "";

    public DateTimeOffset DeclaredAt { get; init; }

    public string DeclaredBy { get; init; } = "";

    public DateTimeOffset? WithdrawnAt { get; set; }
}
