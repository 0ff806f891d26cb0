using Shian.Shared.Persistence;

namespace Shian.Modules.Administration.Domain;

/// <summary>
/// A date that departs from the Monday–Friday rule: a public holiday on a weekday, or a make-up working
/// day (调休) on a weekend. Every statutory deadline counts working days through these rows.
/// </summary>
internal sealed class CalendarDay : IAudited
{
    public DateOnly Date { get; init; }

    public CalendarDayKind Kind { get; set; }

    /// <summary>The holiday it belongs to, e.g. 春节.</summary>
    public string Name { get; set; } = "";

    /// <summary>Where the date comes from (the State Council notice), or "from memory, verify".</summary>
    public string Source { get; set; } = "";
}

internal enum CalendarDayKind
{
    Holiday,
    Workday,
}
