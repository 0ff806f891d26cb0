namespace Shian.Shared.Security;

public static class ShianClaims
{
    public const string Jurisdiction = "shian:jurisdiction";
    public const string Operator = "shian:operator";
    public const string DisplayName = "shian:name";
    public const string ApiScope = "shian:api_scope";
}
