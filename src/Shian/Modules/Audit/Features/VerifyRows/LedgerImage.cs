using System.Globalization;
using System.Text.Json;
using Shian.Modules.Audit.Domain;

namespace Shian.Modules.Audit.Features.VerifyRows;

/// <summary>
/// What the ledger says an entity looks like now: its insert's after-image with every later update's after-image laid
/// over it (an update records only the properties it changed), or nothing after a delete.
/// </summary>
internal sealed class LedgerImage
{
    private readonly Dictionary<string, JsonElement> _values = new(StringComparer.Ordinal);

    public AuditAction? LastAction { get; private set; }

    public long LastSequence { get; private set; }

    public int Entries { get; private set; }

    public void Apply(long sequence, AuditAction action, string? after)
    {
        Entries++;
        LastAction = action;
        LastSequence = sequence;
        if (action == AuditAction.Delete)
        {
            _values.Clear();
            return;
        }

        if (action == AuditAction.Insert)
        {
            _values.Clear();
        }

        if (after is null)
        {
            return;
        }

        using var json = JsonDocument.Parse(after);
        foreach (var property in json.RootElement.EnumerateObject())
        {
            _values[property.Name] = property.Value.Clone();
        }
    }

    /// <summary>
    /// The properties of <paramref name="currentImage"/> (the row, written as the ledger writes it) whose value is not
    /// the ledger's. A property the ledger never recorded (a column added by a later migration) counts only when it holds
    /// more than an empty default.
    /// </summary>
    public List<string> Differences(string currentImage)
    {
        var differences = new List<string>();
        using var json = JsonDocument.Parse(currentImage);
        foreach (var property in json.RootElement.EnumerateObject())
        {
            var same = _values.TryGetValue(property.Name, out var recorded)
                ? SameValue(recorded, property.Value)
                : IsEmptyDefault(property.Value);
            if (!same)
            {
                differences.Add(property.Name);
            }
        }

        return differences;
    }

    /// <summary>
    /// Equal as written, or equal as numbers (a provider may keep a decimal's scale differently), or equal times to the
    /// microsecond (PostgreSQL keeps microseconds, .NET ticks are 100 ns).
    /// </summary>
    private static bool SameValue(JsonElement recorded, JsonElement current)
    {
        if (recorded.GetRawText() == current.GetRawText())
        {
            return true;
        }

        if (recorded.ValueKind == JsonValueKind.Number && current.ValueKind == JsonValueKind.Number)
        {
            return recorded.TryGetDecimal(out var a) && current.TryGetDecimal(out var b) && a == b;
        }

        return recorded.ValueKind == JsonValueKind.String && current.ValueKind == JsonValueKind.String
            && AsTime(recorded.GetString()) is { } x && AsTime(current.GetString()) is { } y
            && (x - y).Duration() < TimeSpan.FromMicroseconds(1);
    }

    private static DateTimeOffset? AsTime(string? text) =>
        text is { Length: >= 19 } && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;

    private static bool IsEmptyDefault(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.False => true,
        JsonValueKind.Number => value.TryGetDecimal(out var d) && d == 0,
        JsonValueKind.String => value.GetString()!.Length == 0,
        _ => false,
    };
}
