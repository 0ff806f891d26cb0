using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Shian.Shared.Kernel;

namespace Shian.Shared.Web;

/// <summary>
/// The opening of every idempotent submission: the client's key from the <c>Idempotency-Key</c> header or, for
/// page forms, the <c>idempotencyKey</c> field (the header wins), trimmed; 400 with the module's
/// <c>missingCode</c> (its message takes the minimum and maximum length as {0} and {1}) when missing, shorter than
/// <c>minLength</c> or longer than 100 characters. A submission stores <see cref="Fingerprint"/> of its request
/// next to the key, and a replay calls <see cref="EnsureSameRequest"/>: the same key with a different body is
/// 422 <c>request.idempotency_key_reused</c> (IETF draft-ietf-httpapi-idempotency-key-header §2.7), not the first
/// request's answer.
/// </summary>
public static class IdempotencyKeys
{
    public const string Header = "Idempotency-Key";
    public const int MaxLength = 100;

    /// <summary>Public (anonymous) submissions ask for a longer, random key so strangers cannot guess each other's.</summary>
    public const int PublicMinLength = 16;

    public static string Read(string? headerKey, string? bodyKey, string missingCode, int minLength = 1)
    {
        var key = (headerKey ?? bodyKey)?.Trim();
        if (string.IsNullOrEmpty(key) || key.Length > MaxLength || key.Length < minLength)
        {
            throw ShianException.Invalid(missingCode, "idempotencyKey", minLength, MaxLength);
        }

        return key;
    }

    /// <summary>SHA-256 (hex) of the request's JSON, without its <c>idempotencyKey</c> field; add route values as further parts.</summary>
    public static string Fingerprint(params object?[] parts)
    {
        var all = new JsonArray();
        foreach (var part in parts)
        {
            var node = JsonSerializer.SerializeToNode(part, part?.GetType() ?? typeof(object), FingerprintJson);
            (node as JsonObject)?.Remove("idempotencyKey");
            all.Add(node);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToJsonString(FingerprintJson))));
    }

    /// <summary>
    /// Refuses a replay whose request differs from the first one under the key. An empty stored fingerprint (a row
    /// written before fingerprints were kept) cannot tell, and replays as before.
    /// </summary>
    public static void EnsureSameRequest(string? storedFingerprint, string fingerprint)
    {
        if (!string.IsNullOrEmpty(storedFingerprint) && storedFingerprint != fingerprint)
        {
            throw ShianException.WithStatus(422, ErrorCodes.IdempotencyKeyReused);
        }
    }

    private static readonly JsonSerializerOptions FingerprintJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
