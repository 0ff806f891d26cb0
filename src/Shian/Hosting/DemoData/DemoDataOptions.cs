namespace Shian.Hosting.DemoData;

public sealed class DemoDataOptions
{
    public const string SectionName = "DemoData";
    public const int DefaultSeed = 440700;

    /// <summary>Seed demo accounts and operators into an empty database at start-up. Never in Production.</summary>
    public bool Enabled { get; set; }

    /// <summary><c>small</c> (≈2,000 operators, demos and tests) or <c>city</c> (≈60,000, benchmarks).</summary>
    public string Scale { get; set; } = "small";

    public int Seed { get; set; } = DefaultSeed;

    public int OperatorCount => Scale switch
    {
        "city" => 60_000,
        "tiny" => 200,
        _ => 2_000,
    };
}

/// <summary>Where a long seeding run is, for a progress display.</summary>
public sealed record DemoDataProgress(string Stage, int Done, int Total);
