using System.Text.Json;

namespace Shian.Tests.Fuzz;

/// <summary>
/// Ids and numbers seen in the demo data's list answers, so that a path or body can name a row that exists and the
/// request reaches the handler's own checks. A value is found by the list it came from (<c>{id}</c> of
/// <c>/api/v1/operators/{id}</c> is an <c>id</c> of <c>GET /api/v1/operators</c>) or by its name (<c>operatorId</c>).
/// </summary>
public sealed class RealIds
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public void Harvest(string listPath, string json)
    {
        JsonElement root;
        try
        {
            root = JsonDocument.Parse(json).RootElement;
        }
        catch (JsonException)
        {
            return;
        }

        var segment = listPath.TrimEnd('/').Split('/')[^1];
        var singular = segment.EndsWith("ies", StringComparison.Ordinal) ? segment[..^3] + "y" : segment.TrimEnd('s');
        Walk(root, listPath, singular);
    }

    /// <summary>A value for path parameter <paramref name="name"/> under <paramref name="prefix"/> (the path before it).</summary>
    public string? ForPath(string prefix, string name) =>
        _values.GetValueOrDefault($"{name}@{prefix}") ?? ForName(name) ??
        FuzzCorpus.NamedStrings.Where(n => name.Contains(n.Name, StringComparison.OrdinalIgnoreCase)).Select(n => n.Value).FirstOrDefault();

    public string? ForName(string name) =>
        _values.GetValueOrDefault(name) ?? (name.EndsWith("Id", StringComparison.Ordinal) ? null : _values.GetValueOrDefault(name + "Id"));

    private void Walk(JsonElement element, string listPath, string singular)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray().Take(3))
                {
                    Walk(item, listPath, singular);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                    {
                        var value = property.Value.ToString();
                        _values.TryAdd(property.Name, value);
                        _values.TryAdd($"{property.Name}@{listPath}", value);
                        if (property.NameEquals("id"))
                        {
                            _values.TryAdd($"id@{listPath}", value);
                            _values.TryAdd(singular + "Id", value);
                        }
                    }
                    else
                    {
                        Walk(property.Value, listPath, singular);
                    }
                }

                break;
        }
    }
}
