namespace Shian.Tests.Modules.Operators;

/// <summary>The Operators module's API paths (<c>/api/v1/operators</c>).</summary>
internal static class OperatorsApiPaths
{
    public const string Operators = "/api/v1/operators";
    public const string CreditCodeCheck = "/api/v1/operators/credit-code-check";
    public const string Mine = "/api/v1/operators/mine";
    public const string MineContact = "/api/v1/operators/mine/contact";
    public const string MineInbox = "/api/v1/operators/mine/inbox";
    public const string MineInboxReadAll = "/api/v1/operators/mine/inbox/read-all";

    public static string Operator(Guid id) => $"{Operators}/{id}";

    public static string Timeline(Guid id) => $"{Operators}/{id}/timeline";

    public static string Audit(Guid id) => $"{Operators}/{id}/audit";

    public static string Premises(Guid id) => $"{Operators}/{id}/premises";

    public static string PersonalData(Guid id) => $"{Operators}/{id}/personal-data";

    public static string MineInboxMessage(Guid id) => $"{MineInbox}/{id}";

    public static string MineInboxRead(Guid id) => $"{MineInbox}/{id}/read";
}
