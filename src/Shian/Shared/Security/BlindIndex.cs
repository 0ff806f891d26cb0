using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Shian.Shared.Security;

/// <summary>
/// A keyed, deterministic fingerprint of personal data (HMAC-SHA256), so that "is this ID number on the ban
/// list?" can be answered by an index lookup without storing or decrypting the number. A plain hash would not
/// do: an ID number has little entropy (region, birth date, 3 digits) and could be brute-forced.
/// </summary>
public sealed class BlindIndex(IOptions<BlindIndexOptions> options)
{
    private readonly byte[] _key = Convert.FromBase64String(options.Value.Key);

    public string Of(string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(value.Trim().ToUpperInvariant())));
}

public sealed class BlindIndexOptions
{
    public const string SectionName = "Security:BlindIndex";

    /// <summary>The development key; Production refuses to start with it (changing the key re-keys every index).</summary>
    public const string DevelopmentKey = "c2hpYW4tZGV2ZWxvcG1lbnQtYmxpbmQtaW5kZXgta2V5LTAwMQ==";

    /// <summary>Base64 of at least 32 random bytes.</summary>
    public string Key { get; set; } = DevelopmentKey;
}
