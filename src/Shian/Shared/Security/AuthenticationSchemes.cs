namespace Shian.Shared.Security;

public static class AuthenticationSchemes
{
    /// <summary>Machine clients send <c>X-Api-Key</c>; see Modules/Administration/ApiKeys.</summary>
    public const string ApiKey = "ApiKey";

    public const string ApiKeyHeader = "X-Api-Key";
}
