namespace Shian.Tests.Modules.Credit;

/// <summary>The Credit API's paths, in one place.</summary>
internal static class CreditApiPaths
{
    public const string Root = "/api/v1/credit";
    public const string Bans = Root + "/bans";
    public const string SeriousViolations = Root + "/serious-violations";

    public static string LiftBan(Guid banId) => $"{Bans}/{banId}/lift";

    public static string RemoveSeriousViolation(Guid listingId) => $"{SeriousViolations}/{listingId}/remove";
}
