using Shian.Shared.Kernel;
using Shian.Shared.Persistence;

namespace Shian.Modules.Licensing.Domain;

/// <summary>
/// A food business licence (食品经营许可证). 经营场所, 主体业态 and 经营项目 are the licensed items; the number
/// is unique for ever, also after the licence ends.
/// </summary>
internal sealed class Licence : Entity, IAudited, IJurisdictionScoped
{
    public string Number { get; init; } = "";

    public Guid OperatorId { get; init; }

    public Guid ApplicationId { get; init; }

    public string OperatorName { get; init; } = "";

    public string PremisesAddress { get; init; } = "";

    public string JurisdictionCode { get; init; } = "";

    public int BusinessType { get; init; }

    public string BusinessItems { get; init; } = "";

    public DateOnly IssuedOn { get; init; }

    /// <summary>Last day of validity (inclusive).</summary>
    public DateOnly ValidUntil { get; init; }

    public LicenceStatus Status { get; set; } = LicenceStatus.Valid;

    public bool ByCommitment { get; init; }

    public Guid? DocumentId { get; set; }

    /// <summary>Set when a post-approval check found the premises differ from the commitment; a reviewer must look again.</summary>
    public bool FlaggedForReview { get; private set; }

    public string? FlagReason { get; private set; }

    Guid? IJurisdictionScoped.OwningOperatorId => OperatorId;

    public void Flag(string reason)
    {
        FlaggedForReview = true;
        FlagReason = reason;
    }

    /// <summary>The status a reader should see on <paramref name="today"/>: a valid licence past its date has expired.</summary>
    public LicenceStatus StatusOn(DateOnly today) =>
        Status == LicenceStatus.Valid && today > ValidUntil ? LicenceStatus.Expired : Status;
}
