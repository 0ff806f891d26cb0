namespace Shian.Tests.Modules.Catering;

/// <summary>The Catering module's API paths, in one place.</summary>
internal static class CateringApiPaths
{
    public const string Root = "/api/v1/catering";

    public static string Grades(Guid operatorId) => $"{Root}/operators/{operatorId}/grades";

    public static string Sticker(Guid operatorId) => $"{Root}/operators/{operatorId}/sticker";
}
