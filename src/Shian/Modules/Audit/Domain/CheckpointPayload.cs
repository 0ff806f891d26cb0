using System.Globalization;
using System.Text.Json;

namespace Shian.Modules.Audit.Domain;

/// <summary>
/// What a checkpoint's signature covers, documented so anyone holding the key (or the published heads) can check it:
/// the UTF-8 of the compact JSON object
/// <c>{"v":1,"kind":"daily|head","date":"yyyy-MM-dd","from":…,"to":…,"head":"hex","root":"hex","at":"yyyy-MM-ddTHH:mm:ss.fffZ","keyId":"…"}</c>
/// written in that order by System.Text.Json's <c>Utf8JsonWriter</c> (as the ledger's own canonical form).
/// </summary>
internal static class CheckpointPayload
{
    public static byte[] Of(LedgerCheckpoint c) => Of(c.Kind, c.Day, c.FromSequence, c.ToSequence, c.HeadHash, c.MerkleRoot, c.CreatedAt, c.KeyId);

    public static byte[] Of(
        CheckpointKind kind, DateOnly day, long from, long to, string head, string root, DateTimeOffset at, string keyId)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            json.WriteString("kind", KindName(kind));
            json.WriteString("date", day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteNumber("from", from);
            json.WriteNumber("to", to);
            json.WriteString("head", head);
            json.WriteString("root", root);
            json.WriteString("at", at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("keyId", keyId);
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    public static string KindName(CheckpointKind kind) => kind == CheckpointKind.Daily ? "daily" : "head";

    public static CheckpointKind? KindFrom(string? name) => name switch
    {
        "daily" => CheckpointKind.Daily,
        "head" => CheckpointKind.Head,
        _ => null,
    };
}
