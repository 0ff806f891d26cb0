using System.Text.Json;
using System.Text.Json.Nodes;

namespace Shian.Tests.Fuzz;

/// <summary>One operation of <c>/openapi/v1.json</c>: its method, path template, parameters and request body schema.</summary>
public sealed record ApiOperation(
    string Method, string Path, IReadOnlyList<string> PathParameters, IReadOnlyList<(string Name, bool Required, JsonElement Schema)> QueryParameters,
    string? BodyContentType, JsonElement? BodySchema)
{
    public override string ToString() => $"{Method} {Path}";
}

/// <summary>Reads the operations of the published OpenAPI document and builds a plausible body for each from its schema.</summary>
public sealed class OpenApiOperations
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];
    private readonly JsonElement _schemas;

    private OpenApiOperations(JsonElement document, IReadOnlyList<ApiOperation> operations)
    {
        _schemas = document.TryGetProperty("components", out var c) && c.TryGetProperty("schemas", out var s) ? s : default;
        Operations = operations;
    }

    public IReadOnlyList<ApiOperation> Operations { get; }

    public static OpenApiOperations Parse(string json)
    {
        var document = JsonDocument.Parse(json).RootElement.Clone();
        var operations = new List<ApiOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            foreach (var method in Methods.Where(m => path.Value.TryGetProperty(m, out _)))
            {
                var operation = path.Value.GetProperty(method);
                var parameters = operation.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
                string? contentType = null;
                JsonElement? schema = null;
                if (operation.TryGetProperty("requestBody", out var body) && body.TryGetProperty("content", out var content))
                {
                    var first = content.EnumerateObject().OrderBy(c => c.Name.Contains("json", StringComparison.Ordinal) ? 0 : 1).First();
                    contentType = first.Name;
                    schema = first.Value.TryGetProperty("schema", out var s) ? s : null;
                }

                operations.Add(new ApiOperation(
                    method.ToUpperInvariant(), path.Name,
                    [.. parameters.Where(x => x.GetProperty("in").GetString() == "path").Select(x => x.GetProperty("name").GetString()!)],
                    [.. parameters.Where(x => x.GetProperty("in").GetString() == "query").Select(x => (
                        x.GetProperty("name").GetString()!,
                        x.TryGetProperty("required", out var r) && r.GetBoolean(),
                        x.TryGetProperty("schema", out var qs) ? qs : default))],
                    contentType, schema));
            }
        }

        return new OpenApiOperations(document, operations);
    }

    /// <summary>The schema with <c>$ref</c> resolved and a nullable union reduced to its non-null member.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        for (var i = 0; i < 10; i++)
        {
            if (schema.ValueKind != JsonValueKind.Object)
            {
                return schema;
            }

            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = _schemas.GetProperty(reference.GetString()!.Split('/')[^1]);
                continue;
            }

            var union = new[] { "oneOf", "anyOf", "allOf" }.Select(k => schema.TryGetProperty(k, out var u) ? u : default).FirstOrDefault(u => u.ValueKind == JsonValueKind.Array);
            if (union.ValueKind == JsonValueKind.Array && !schema.TryGetProperty("properties", out _))
            {
                schema = union.EnumerateArray().FirstOrDefault(u => TypeOf(u) != "null", union[0]);
                continue;
            }

            return schema;
        }

        return schema;
    }

    /// <summary>The schema's JSON type, preferring the most specific of a type list (<c>["integer","string"]</c> is an integer).</summary>
    public static string TypeOf(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("type", out var type))
        {
            return schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("properties", out _) ? "object" : "any";
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return type.GetString()!;
        }

        var types = type.EnumerateArray().Select(t => t.GetString()!).Where(t => t != "null").ToList();
        return new[] { "object", "array", "integer", "number", "boolean", "string" }.FirstOrDefault(types.Contains) ?? "null";
    }

    /// <summary>A plausible value for <paramref name="schema"/>: right types, enum members, ids from <paramref name="ids"/>.</summary>
    public JsonNode? Sample(JsonElement schema, Func<string, string?> ids, string name = "", int depth = 0)
    {
        schema = Resolve(schema);
        if (schema.ValueKind != JsonValueKind.Object || depth > 6)
        {
            return null;
        }

        if (schema.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0)
        {
            return JsonNode.Parse(values.EnumerateArray().First(v => v.ValueKind != JsonValueKind.Null).GetRawText());
        }

        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        switch (TypeOf(schema))
        {
            case "object":
                var result = new JsonObject();
                if (schema.TryGetProperty("properties", out var properties))
                {
                    foreach (var property in properties.EnumerateObject())
                    {
                        result[property.Name] = Sample(property.Value, ids, property.Name, depth + 1);
                    }
                }

                return result;
            case "array":
                return schema.TryGetProperty("items", out var items) ? new JsonArray(Sample(items, ids, name, depth + 1)) : new JsonArray();
            case "integer" when FuzzCorpus.NamedNumbers.Any(n => name.Contains(n.Name, StringComparison.OrdinalIgnoreCase)):
                return JsonValue.Create(FuzzCorpus.NamedNumbers.First(n => name.Contains(n.Name, StringComparison.OrdinalIgnoreCase)).Value);
            case "integer":
                return JsonValue.Create(schema.TryGetProperty("minimum", out var min) && min.ValueKind == JsonValueKind.Number ? Math.Max(1, min.GetInt64()) : 1);
            case "number":
                return JsonValue.Create(1.5);
            case "boolean":
                return JsonValue.Create(true);
            case "string":
                var pattern = schema.TryGetProperty("pattern", out var pt) ? pt.GetString() : null;
                if (pattern is not null || FuzzCorpus.NamedStrings.Any(n => name.Contains(n.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    var named = FuzzCorpus.NamedStrings.Where(n => name.Contains(n.Name, StringComparison.OrdinalIgnoreCase)).Select(n => n.Value);
                    var fitting = named.Concat(FuzzCorpus.PatternCandidates)
                        .FirstOrDefault(c => pattern is null || System.Text.RegularExpressions.Regex.IsMatch(c, pattern));
                    if (fitting is not null)
                    {
                        return JsonValue.Create(fitting);
                    }
                }

                return format switch
                {
                    "uuid" => JsonValue.Create(ids(name) ?? FuzzCorpus.UnknownId.ToString()),
                    "date" => JsonValue.Create("2026-12-01"),
                    "date-time" => JsonValue.Create("2026-12-01T08:00:00+08:00"),
                    "binary" => JsonValue.Create("x"),
                    _ => JsonValue.Create("测试"),
                };
            default:
                return JsonValue.Create("测试");
        }
    }

    /// <summary>Every value inside <paramref name="node"/> with its path (property names and array indexes), the root excluded.</summary>
    public static IEnumerable<(object[] Path, JsonNode? Value)> Walk(JsonNode? node, object[]? prefix = null)
    {
        prefix ??= [];
        IEnumerable<(object Key, JsonNode? Child)> children = node switch
        {
            JsonObject o => o.Select(p => ((object)p.Key, p.Value)),
            JsonArray a => a.Take(1).Select((c, i) => ((object)i, c)),
            _ => [],
        };
        foreach (var (key, child) in children.ToList())
        {
            object[] path = [.. prefix, key];
            yield return (path, child);
            foreach (var inner in Walk(child, path))
            {
                yield return inner;
            }
        }
    }

    /// <summary>A copy of <paramref name="root"/> with the value at <paramref name="path"/> replaced.</summary>
    public static JsonNode Replace(JsonNode root, object[] path, JsonNode? value)
    {
        var copy = root.DeepClone();
        var parent = copy;
        foreach (var key in path[..^1])
        {
            parent = key is int i ? parent[i]! : parent[(string)key]!;
        }

        if (path[^1] is int index)
        {
            parent[index] = value;
        }
        else
        {
            parent[(string)path[^1]] = value;
        }

        return copy;
    }
}
