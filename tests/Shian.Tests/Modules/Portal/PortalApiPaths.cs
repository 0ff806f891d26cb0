namespace Shian.Tests.Modules.Portal;

/// <summary>The Portal module's API and page paths, in one place.</summary>
internal static class PortalApiPaths
{
    public const string Root = "/api/v1/portal";
    public const string Establishments = Root + "/establishments";
    public const string LivesBusinesses = Root + "/lives/businesses.csv";
    public const string LivesInspections = Root + "/lives/inspections.csv";
    public const string LivesLegend = Root + "/lives/legend.csv";
    public const string LivesFeedInfo = Root + "/lives/feed_info.csv";
    public const string EstablishmentsPage = "/portal/establishments";

    public static string Search(string query) => $"{Establishments}?{query}";

    public static string Establishment(Guid id) => $"{Establishments}/{id}";

    public static string SearchPage(string query) => $"{EstablishmentsPage}?{query}";

    public static string EstablishmentPage(Guid id) => $"{EstablishmentsPage}/{id}";
}
