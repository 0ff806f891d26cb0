using Shian.Shared.Kernel;

namespace Shian.Modules.Licensing.Contracts;

/// <summary>
/// A licence was issued (new 食品经营许可证 JY, or 食品生产许可证 SC), raised in the approval's save. Changes,
/// renewals and replacements keep the number and raise nothing.
/// </summary>
/// <param name="LicenceId">The licence (Licensing module).</param>
/// <param name="Number">JY… or SC… number, verifiable at <c>/verify/licence/{number}</c>.</param>
/// <param name="OperatorId">The holder.</param>
/// <param name="JurisdictionCode">The premises' 9-digit town code.</param>
/// <param name="IssuedOn">First day of validity (China time).</param>
/// <param name="ValidUntil">Last day of validity (inclusive).</param>
/// <param name="ByCommitment">Granted on commitment (告知承诺); a post-approval check follows.</param>
/// <param name="Category">The food business category it licenses, in Operators' codes (<see cref="LicenceCategories"/>).</param>
public sealed record LicenceIssued(
    Guid LicenceId, string Number, Guid OperatorId, string JurisdictionCode, DateOnly IssuedOn, DateOnly ValidUntil, bool ByCommitment,
    string Category) : IDomainEvent;

/// <summary>
/// The food business category (Operators' category codes) a licence covers: 主体业态 1 食品销售经营者 → sales,
/// 2 餐饮服务经营者 → catering, 3 单位食堂 → unit_canteen; SC production licences → production.
/// </summary>
public static class LicenceCategories
{
    public const string Production = "production";
    public const string Sales = "sales";
    public const string Catering = "catering";
    public const string UnitCanteen = "unit_canteen";

    public static string OfBusinessType(int businessType) => businessType switch
    {
        1 => Sales,
        2 => Catering,
        3 => UnitCanteen,
        _ => throw new ArgumentOutOfRangeException(nameof(businessType), businessType, "Unknown business type."),
    };
}

/// <summary>
/// A licence was revoked (吊销) by an administrative penalty decision, raised in the revocation's save. The
/// holder's legal representative is then banned (Food Safety Law Art. 135); Licensing records that ban through
/// Credit's <c>IIndustryBanRegistry</c> in the same save.
/// </summary>
/// <param name="LicenceId">The licence (Licensing module).</param>
/// <param name="Number">Its number.</param>
/// <param name="OperatorId">The holder.</param>
/// <param name="JurisdictionCode">The premises' 9-digit town code.</param>
/// <param name="DecisionNumber">处罚决定书文号.</param>
/// <param name="DecidedOn">The decision day; the licence ends that day.</param>
/// <param name="Reason">Why, as written in the decision.</param>
public sealed record LicenceRevoked(
    Guid LicenceId, string Number, Guid OperatorId, string JurisdictionCode, string DecisionNumber, DateOnly DecidedOn, string Reason) : IDomainEvent;
