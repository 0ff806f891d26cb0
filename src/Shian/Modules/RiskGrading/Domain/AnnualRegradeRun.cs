namespace Shian.Modules.RiskGrading.Domain;

/// <summary>That the annual re-grade for <see cref="Year"/> ran (the job runs it once a year; a rerun repeats it safely).</summary>
internal sealed class AnnualRegradeRun
{
    public int Year { get; init; }

    public DateTimeOffset RanAt { get; set; }

    public int Operators { get; set; }

    public int Changed { get; set; }
}
