using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Licensing.Domain;

/// <summary>
/// A filing (备案) of a seller of pre-packaged food only (仅销售预包装食品, 食品安全法 Art. 35): no licence, no
/// decision, a YB number at once. It belongs to the premises' town like a licence.
/// </summary>
internal sealed class FilingRecord : Entity, IAudited, IJurisdictionScoped
{
    public string Number { get; init; } = "";

    public Guid OperatorId { get; init; }

    public string OperatorName { get; init; } = "";

    public string PremisesAddress { get; init; } = "";

    public string JurisdictionCode { get; init; } = "";

    /// <summary>Item codes of rule set <c>licensing.filing_items</c>, comma-separated and sorted.</summary>
    public string Items { get; init; } = "";

    public DateOnly FiledOn { get; init; }

    /// <summary><c>Active</c>; a filing is cancelled by the filer (not built yet).</summary>
    public string Status { get; init; } = "Active";

    public Guid SubmittedBy { get; init; }

    public string IdempotencyKey { get; init; } = "";

    /// <summary>SHA-256 of the submitted request (<c>IdempotencyKeys.Fingerprint</c>): the same key with another body is refused.</summary>
    public string RequestHash { get; init; } = "";

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;
}
