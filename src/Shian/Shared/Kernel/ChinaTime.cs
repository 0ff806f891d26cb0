namespace Shian.Shared.Kernel;

/// <summary>
/// The platform's calendar days are China days (UTC+8, no daylight saving): deadlines, validity, grades and
/// publication dates. Instants stay in UTC (PostgreSQL stores timestamptz in UTC only); only days are converted.
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Today in China.</summary>
    public static DateOnly ChinaToday(this TimeProvider time) => time.GetUtcNow().ChinaDate();

    /// <summary>The China day an instant falls on.</summary>
    public static DateOnly ChinaDate(this DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);
}
