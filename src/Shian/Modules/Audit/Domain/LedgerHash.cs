using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Shian.Modules.Audit.Domain;

/// <summary>
/// The ledger's canonical form. Documented so that anyone can verify an exported ledger independently:
/// SHA-256, lower-case hex, over UTF-8 of <c>previousHash + "\n" + canonical</c>, where canonical is the
/// JSON object {seq, at, actorId, actor, action, type, id, before, after} in that order, <c>at</c> in
/// UTC with millisecond precision.
/// </summary>
internal static class LedgerHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEntry e) => Compute(
        e.PreviousHash, e.Sequence, e.OccurredAt, e.ActorId, e.ActorName, e.Action, e.EntityType, e.EntityId, e.Before, e.After);

    public static string Compute(
        string previousHash, long sequence, DateTimeOffset at, Guid? actorId, string actor, AuditAction action,
        string entityType, string entityId, string? before, string? after)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("seq", sequence);
            json.WriteString("at", at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteString("actorId", actorId?.ToString());
            json.WriteString("actor", actor);
            json.WriteString("action", action.ToString());
            json.WriteString("type", entityType);
            json.WriteString("id", entityId);
            json.WriteString("before", before);
            json.WriteString("after", after);
            json.WriteEndObject();
        }

        var canonical = buffer.ToArray();
        var prefix = Encoding.UTF8.GetBytes(previousHash + "\n");
        return Convert.ToHexStringLower(SHA256.HashData([.. prefix, .. canonical]));
    }

    /// <summary>Stored times are truncated to milliseconds so that every provider round-trips them exactly.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time) =>
        new(time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
}
