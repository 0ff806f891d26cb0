using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using Shian.Modules.Audit.Domain;

namespace Shian.Modules.Audit.Features.Checkpoints;

/// <summary>
/// Options of section <c>Audit:Checkpoints</c>. The keys sign the ledger's checkpoints and must never be in the
/// database: someone who can rewrite the database could otherwise forge a checkpoint as easily as a hash.
/// </summary>
internal sealed class CheckpointOptions
{
    public const string SectionName = "Audit:Checkpoints";

    /// <summary>Key id → base64 of at least 32 random bytes. Old keys stay listed so their checkpoints still verify.</summary>
    public Dictionary<string, string> Keys { get; set; } = [];

    /// <summary>The key id that signs new checkpoints; may be left out when only one key is listed.</summary>
    public string? SigningKeyId { get; set; }

    /// <summary>The append-only JSON-lines file outside the database that receives every checkpoint.</summary>
    public string File { get; set; } = "data/ledger-checkpoints.jsonl";
}

/// <summary>
/// The checkpoint keys: HMAC-SHA256 over <see cref="CheckpointPayload"/>. In Development without configured keys a key is
/// generated once and kept next to the checkpoint file (with a warning); elsewhere signing fails with a clear message.
/// </summary>
internal sealed partial class CheckpointKeys
{
    public const string NotConfigured =
        "Audit:Checkpoints:Keys is not configured: set at least one key (Audit__Checkpoints__Keys__<keyId>=<base64 of 32+ random bytes>), kept outside the database; see docs/operations.md.";

    private const int MinimumKeyBytes = 32;
    private readonly Dictionary<string, byte[]> _keys = new(StringComparer.Ordinal);
    private readonly string? _signingKeyId;
    private readonly string? _problem;

    public CheckpointKeys(IOptions<CheckpointOptions> options, IHostEnvironment environment, ILogger<CheckpointKeys> log)
    {
        var o = options.Value;
        foreach (var (id, base64) in o.Keys)
        {
            byte[] key;
            try
            {
                key = Convert.FromBase64String(base64);
            }
            catch (FormatException)
            {
                _problem = $"Audit:Checkpoints:Keys:{id} is not base64.";
                continue;
            }

            if (key.Length < MinimumKeyBytes)
            {
                _problem = $"Audit:Checkpoints:Keys:{id} has {key.Length} bytes; a checkpoint key needs at least {MinimumKeyBytes}.";
                continue;
            }

            _keys[id] = key;
        }

        if (_keys.Count == 0 && _problem is null && environment.IsDevelopment())
        {
            var (id, key) = DevelopmentKey(o.File);
            _keys[id] = key;
            LogDevelopmentKey(log, id);
        }

        _signingKeyId = o.SigningKeyId ?? (_keys.Count == 1 ? _keys.Keys.Single() : null);
        if (_problem is null && _keys.Count == 0)
        {
            _problem = NotConfigured;
        }
        else if (_problem is null && (_signingKeyId is null || !_keys.ContainsKey(_signingKeyId)))
        {
            _problem = $"Audit:Checkpoints:SigningKeyId ('{_signingKeyId}') must name one of the configured keys ({string.Join(", ", _keys.Keys)}).";
        }
    }

    /// <summary>Why new checkpoints cannot be signed, or null when they can.</summary>
    public string? Problem => _problem;

    public string SigningKeyId => _problem is null ? _signingKeyId! : throw new InvalidOperationException(_problem);

    public string Sign(byte[] payload) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(_keys[SigningKeyId], payload));

    /// <summary>Whether <paramref name="signature"/> is right; null when <paramref name="keyId"/> is not configured here.</summary>
    public bool? Verify(string keyId, byte[] payload, string signature)
    {
        if (!_keys.TryGetValue(keyId, out var key))
        {
            return null;
        }

        byte[] given;
        try
        {
            given = Convert.FromHexString(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(key, payload), given);
    }

    /// <summary>A development key generated once and kept beside the checkpoint file, so checkpoints survive a restart.</summary>
    private static (string Id, byte[] Key) DevelopmentKey(string checkpointFile)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(checkpointFile)) ?? ".", "ledger-checkpoint-dev.key");
        if (!System.IO.File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            System.IO.File.WriteAllText(path, Convert.ToBase64String(RandomNumberGenerator.GetBytes(MinimumKeyBytes)));
        }

        var key = Convert.FromBase64String(System.IO.File.ReadAllText(path).Trim());
        return ("dev-" + Convert.ToHexStringLower(SHA256.HashData(key))[..8], key);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Audit:Checkpoints:Keys is not configured; ledger checkpoints are signed with a generated development key {KeyId}. Configure a real key outside the database before going live.")]
    private static partial void LogDevelopmentKey(ILogger logger, string keyId);
}
