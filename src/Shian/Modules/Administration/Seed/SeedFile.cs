using System.Text.Json;

namespace Shian.Modules.Administration.Seed;

/// <summary>Reads a JSON seed file embedded from a module's Seed/ folder.</summary>
internal static class SeedFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static T Read<T>(string name)
    {
        using var stream = typeof(SeedFile).Assembly.GetManifestResourceStream($"Shian.Seed.{name}.json")
            ?? throw new InvalidOperationException($"Seed file {name}.json is not embedded.");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Seed file {name}.json is empty.");
    }
}
