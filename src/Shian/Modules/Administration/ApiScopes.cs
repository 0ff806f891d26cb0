namespace Shian.Modules.Administration;

/// <summary>Every scope an API key may carry; modules' permissions name these.</summary>
internal static class ApiScopes
{
    public static readonly string[] All = ["operators:read", "operators:write", "audit:verify", "documents:read", "registration:apply", "registration:read", "catering:read"];
}
