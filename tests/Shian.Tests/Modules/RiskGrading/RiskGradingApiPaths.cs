namespace Shian.Tests.Modules.RiskGrading;

/// <summary>The RiskGrading API's paths, in one place.</summary>
internal static class RiskGradingApiPaths
{
    public const string Root = "/api/v1/riskgrading";
    public const string Distribution = Root + "/distribution";
    public const string Grades = Root + "/grades";
    public const string AnnualRegrade = Root + "/annual-regrade";
    public const string Plans = Root + "/plans";

    public static string Operator(object operatorId) => $"{Root}/operators/{operatorId}";

    public static string Regrade(Guid operatorId) => $"{Operator(operatorId)}/regrade";

    public static string Plan(Guid planId) => $"{Plans}/{planId}";

    public static string PlanExport(Guid planId) => $"{Plan(planId)}/export.csv";
}
