using System.Globalization;

namespace Shian.Shared.Kernel;

/// <summary>
/// The platform's calendar days are China days (UTC+8, no daylight saving): deadlines, validity, grades and
/// publication dates. Instants stay in UTC (PostgreSQL stores timestamptz in UTC only); only days are converted,
/// and every time a person reads is shown in China time through <see cref="Format"/> (pages: <c>&lt;ChinaTimeText&gt;</c>).
/// </summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    /// <summary>Today in China.</summary>
    public static DateOnly ChinaToday(this TimeProvider time) => time.GetUtcNow().ChinaDate();

    /// <summary>The China day an instant falls on.</summary>
    public static DateOnly ChinaDate(this DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    /// <summary>An instant as a person reads it: <c>2026-12-03 14:16</c> in China time.</summary>
    public static string Format(DateTimeOffset at) => at.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A day as a person reads it: <c>2026-12-03</c>.</summary>
    public static string FormatDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
