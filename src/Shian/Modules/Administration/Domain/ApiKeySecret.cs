using System.Security.Cryptography;
using System.Text;

namespace Shian.Modules.Administration.Domain;

/// <summary>
/// Key format: <c>shk_{prefix}_{secret}</c>: an 8-character public prefix to find the row, and a 32-byte
/// random secret of which only the SHA-256 is stored (a key is high-entropy, so a slow hash adds nothing).
/// </summary>
internal static class ApiKeySecret
{
    public static (string Key, string Prefix, string Hash) Create()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = $"shk_{prefix}_{secret}";
        return (key, prefix, Hash(key));
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string? PrefixOf(string key)
    {
        // The secret is base64url and may itself contain '_': split off the first two parts only.
        var parts = key.Split('_', 3);
        return parts.Length == 3 && parts[0] == "shk" && parts[1].Length == 8 ? parts[1] : null;
    }

    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
