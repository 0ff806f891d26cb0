using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Licensing.Domain;

/// <summary>
/// A licence granted on commitment (告知承诺) must be checked on site afterwards; a false commitment leads to
/// revocation. The task belongs to the premises' town, so that town's inspectors see it.
/// </summary>
internal sealed class PostApprovalCheck : Entity, IAudited, IJurisdictionScoped
{
    public Guid LicenceId { get; init; }

    public string LicenceNumber { get; init; } = "";

    public Guid OperatorId { get; init; }

    public string OperatorName { get; init; } = "";

    public string PremisesAddress { get; init; } = "";

    public string JurisdictionCode { get; init; } = "";

    public DateOnly DueOn { get; init; }

    public string Status { get; set; } = "Open";

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;
}
