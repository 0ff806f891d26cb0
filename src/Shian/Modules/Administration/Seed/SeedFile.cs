using System.Text.Json;

namespace Shian.Modules.Administration.Seed;

/// <summary>Reads a JSON seed file embedded from a module's Seed/ folder.</summary>
internal static class SeedFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private const string ResourcePrefix = "Shian.Seed.";

    /// <summary>"rules" and every module's "&lt;module&gt;.rules" file, in a fixed order.</summary>
    public static IEnumerable<string> RuleFileNames() =>
        typeof(SeedFile).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith("rules.json", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".json".Length])
            .Order(StringComparer.Ordinal);

    public static T Read<T>(string name)
    {
        using var stream = typeof(SeedFile).Assembly.GetManifestResourceStream($"Shian.Seed.{name}.json")
            ?? throw new InvalidOperationException($"Seed file {name}.json is not embedded.");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Seed file {name}.json is empty.");
    }
}
