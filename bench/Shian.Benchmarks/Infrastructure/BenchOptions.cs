using System.Globalization;

namespace Shian.Benchmarks.Infrastructure;

/// <summary>The scenario name and <c>--name value</c> options of one run.</summary>
internal sealed class BenchOptions(string[] args)
{
    public string? Scenario { get; } = args.FirstOrDefault(a => !a.StartsWith('-'));

    public IReadOnlyList<string> Arguments { get; } = args;

    public string CommandLine =>
        "dotnet run -c Release --project bench/Shian.Benchmarks -- " + string.Join(' ', args.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a));

    public int Int(string name, int fallback) =>
        int.TryParse(Value(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;

    public bool Flag(string name) => args.Contains(name);

    public string? Value(string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
