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

    /// <summary><c>Open</c>, then <c>Confirmed</c> or <c>Discrepancies</c> (see <see cref="CheckOutcome"/>).</summary>
    public string Status { get; set; } = "Open";

    public string? Notes { get; private set; }

    public DateTimeOffset? RecordedAt { get; private set; }

    public string? RecordedBy { get; private set; }

    public void Record(string outcome, string? notes, string inspector, DateTimeOffset at)
    {
        Status = outcome;
        Notes = notes;
        RecordedBy = inspector;
        RecordedAt = at;
    }

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;
}
