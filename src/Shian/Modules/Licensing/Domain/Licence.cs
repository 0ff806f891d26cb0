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

    public string OperatorName { get; set; } = "";

    public string PremisesAddress { get; init; } = "";

    public string JurisdictionCode { get; init; } = "";

    public int BusinessType { get; init; }

    public string BusinessItems { get; set; } = "";

    public DateOnly IssuedOn { get; init; }

    /// <summary>Last day of validity (inclusive).</summary>
    public DateOnly ValidUntil { get; set; }

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

    /// <summary>法定代表人（负责人） as last changed through a change application; null = as on the operator's file.</summary>
    public string? LegalRepresentative { get; set; }

    /// <summary>SC production licences: the 3-digit food category; null for JY licences.</summary>
    public string? FoodCategory { get; init; }

    /// <summary>The day the licence was cancelled (注销) or found expired by the expiry job.</summary>
    public DateOnly? EndedOn { get; private set; }

    public string? EndReason { get; private set; }

    public bool IsProduction => Number.StartsWith("SC", StringComparison.Ordinal);

    /// <summary>延续: same number, a new validity period from the day after the old one ends.</summary>
    public void Renew(int years) => ValidUntil = ValidUntil.AddYears(years);

    public void Cancel(DateOnly on, string reason)
    {
        Status = LicenceStatus.Cancelled;
        EndedOn = on;
        EndReason = reason;
    }

    /// <summary>吊销 by an administrative penalty decision (处罚决定书); the decision's number, e.g. 江市监罚〔2026〕12号.</summary>
    public string? RevocationDecisionNumber { get; private set; }

    /// <summary>
    /// 吊销: the licence ends on the decision day (<see cref="EndedOn"/>) with the decision's reason. Only a valid
    /// licence can be revoked; the caller checks that (and replays) before.
    /// </summary>
    public void Revoke(DateOnly decidedOn, string decisionNumber, string reason)
    {
        Status = LicenceStatus.Revoked;
        EndedOn = decidedOn;
        EndReason = reason;
        RevocationDecisionNumber = decisionNumber;
    }

    /// <summary>The expiry job makes the computed state permanent, so lists and reports need no date logic.</summary>
    public void Expire(DateOnly on)
    {
        Status = LicenceStatus.Expired;
        EndedOn = on;
        EndReason = LicensingText.Zh("licensing.expired_not_renewed");
    }
}
