using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Shian.Shared.Persistence;

namespace Shian.Modules.Audit.Data;

/// <summary>
/// How the ledger writes an entity: which properties it records, how each value is written and how the key becomes
/// the entry's id. The ledger hook and the row verification both use it, so a row re-read from the database is
/// written exactly as its after-image was.
/// </summary>
internal static class RowImage
{
    private static readonly string[] AlwaysMasked = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];

    /// <summary>The properties the ledger records: every mapped property, and shadow properties only when they are foreign keys.</summary>
    public static List<PropertyEntry> RecordedProperties(EntityEntry entry) =>
        [.. entry.Properties.Where(p => !p.Metadata.IsShadowProperty() || p.Metadata.IsForeignKey())];

    /// <summary>The entry id: the primary key's values, invariant, comma-separated.</summary>
    public static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => KeyText(entry.Property(p.Name).CurrentValue)));

    /// <summary>Keys are written the same way whatever the request's culture: a date key is 2026-10-01, not 2026/10/1.</summary>
    public static string? KeyText(object? value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString(),
    };

    /// <summary>Compact JSON of the properties' values, keys in ordinal order; masked properties as <c>***</c>.</summary>
    public static string Canonical(IEnumerable<PropertyEntry> properties, Func<PropertyEntry, object?> value)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            values[property.Metadata.Name] = IsMasked(property) ? Masked(value(property)) : ToPlain(property, value(property));
        }

        return JsonSerializer.Serialize(values, CanonicalJson.Options);
    }

    private static bool IsMasked(PropertyEntry property) =>
        AlwaysMasked.Contains(property.Metadata.Name) ||
        property.Metadata.PropertyInfo?.GetCustomAttribute<MaskedAttribute>() is not null;

    private static string? Masked(object? value) => value is null ? null : "***";

    private static object? ToPlain(PropertyEntry property, object? value)
    {
        var converter = property.Metadata.GetValueConverter();
        var plain = converter is null || value is null ? value : converter.ConvertToProvider(value);
        return plain switch
        {
            DateTimeOffset d => d.ToUniversalTime().ToString("O"),
            DateTime d => d.ToString("O"),
            Enum e => e.ToString(),
            _ => plain,
        };
    }
}
