using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Catering.Domain;

/// <summary>A signed-off catering inspection's score, kept so annual grades can be recomputed and traced.</summary>
internal sealed class CateringInspection : Entity, IAudited, IJurisdictionScoped
{
    /// <summary>The inspection in the Inspections module; unique, so a replayed event grades once.</summary>
    public Guid InspectionId { get; init; }

    public Guid OperatorId { get; init; }

    public string JurisdictionCode { get; init; } = "";

    public string Kind { get; init; } = "";

    public DateOnly InspectedOn { get; init; }

    public decimal? Score { get; init; }

    public int KeyItemsFailed { get; init; }

    public int GeneralItemsFailed { get; init; }

    /// <summary>符合 / 基本符合 / 不符合.</summary>
    public string Result { get; init; } = "";

    public string? ResultDocumentCode { get; init; }

    /// <summary>The dynamic grade this inspection gave.</summary>
    public DynamicGrade DynamicGrade { get; init; }

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;
}
