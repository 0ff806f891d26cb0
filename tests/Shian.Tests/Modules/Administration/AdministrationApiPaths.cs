namespace Shian.Tests.Modules.Administration;

/// <summary>The Administration module's API paths (and the account API it serves), in one place.</summary>
internal static class AdministrationApiPaths
{
    public const string Root = "/api/v1/administration";
    public const string Jurisdictions = Root + "/jurisdictions";
    public const string Rules = Root + "/rules";
    public const string ApiKeys = Root + "/api-keys";
    public const string Me = "/api/v1/account/me";

    public static string RulesOf(string ruleSet) => $"{Rules}?ruleSet={ruleSet}";

    public static string ApiKey(Guid id) => $"{ApiKeys}/{id}";

    public static string CalendarYear(int year) => $"{Root}/calendar/{year}";

    public static string CalendarDay(string date) => $"{Root}/calendar/days/{date}";

    public static string Deadline(string from, int workingDays) => $"{Root}/calendar/deadline?from={from}&workingDays={workingDays}";
}
