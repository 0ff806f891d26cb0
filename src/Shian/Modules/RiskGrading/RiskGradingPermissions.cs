using Shian.Shared.Security;

namespace Shian.Modules.RiskGrading;

internal static class RiskGradingPermissions
{
    public const string ReadPolicy = "RiskGrading.Read";
    public const string PlanPolicy = "RiskGrading.Plan";
    public const string RegradePolicy = "RiskGrading.Regrade";

    /// <summary>Read grades, distributions and plans: staff within their jurisdiction.</summary>
    public static readonly Permission Read = new(
        ReadPolicy,
        [Roles.Administrator, Roles.Leader, Roles.Inspector, Roles.LegalReviewer, Roles.Coordinator],
        "riskgrading:read");

    /// <summary>Generate (or regenerate) a district's annual inspection plan.</summary>
    public static readonly Permission Plan = new(PlanPolicy, [Roles.Administrator]);

    /// <summary>Re-grade an operator now (e.g. after a serious-violation listing) and run the annual re-grade.</summary>
    public static readonly Permission Regrade = new(RegradePolicy, [Roles.Administrator]);

    public static readonly Permission[] All = [Read, Plan, Regrade];
}
