using System.Globalization;
using System.Text;

namespace Shian.Benchmarks.Infrastructure;

/// <summary>
/// Collects one row per figure (figure, baseline from the same run, ratio) and prints them as the markdown
/// table that docs/benchmarks.md keeps.
/// </summary>
internal sealed class Report(BenchOptions options, string machine)
{
    private readonly List<Row> _rows = [];
    private readonly DateTimeOffset _started = DateTimeOffset.Now;

    public string Machine => machine;

    /// <summary>Adds a row. <paramref name="ratio"/> is figure ÷ baseline unless <paramref name="ratioText"/> says otherwise.</summary>
    public void Add(string benchmark, string figure, string baseline, double ratio, string? ratioText = null)
    {
        var row = new Row(benchmark, figure, baseline, ratioText ?? Format($"×{ratio:F2}"));
        _rows.Add(row);
        Console.WriteLine($"  → {row.Benchmark}: {row.Figure} | baseline {row.Baseline} | ratio {row.Ratio}");
    }

    public void Print()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Results ({_started:yyyy-MM-dd HH:mm zzz}, load average now {MachineInfo.LoadAverage()})");
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Command: `{options.CommandLine}`");
        text.AppendLine();
        text.AppendLine("| Benchmark | Figure | Baseline (same run) | Ratio | Machine | Date | Command |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        var shortMachine = Format($"{Environment.ProcessorCount} cores, shared");
        var date = _started.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var scenario = options.Scenario;
        foreach (var row in _rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {row.Benchmark} | {row.Figure} | {row.Baseline} | {row.Ratio} | {shortMachine} | {date} | `-- {scenario}` |");
        }

        Console.WriteLine();
        Console.WriteLine(text.ToString());
        if (options.Value("--out") is { } path)
        {
            File.WriteAllText(path, text.ToString());
            Console.WriteLine($"Written to {path}");
        }
    }

    public static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    public static string Ms(double milliseconds) => milliseconds switch
    {
        < 1 => Format($"{milliseconds * 1000:F0} µs"),
        < 10 => Format($"{milliseconds:F2} ms"),
        < 100 => Format($"{milliseconds:F1} ms"),
        _ => Format($"{milliseconds:F0} ms"),
    };

    public static string MiB(double bytes) => Format($"{bytes / 1024 / 1024:F0} MiB");

    private sealed record Row(string Benchmark, string Figure, string Baseline, string Ratio);
}
