namespace Shian.Modules.Catering.Features.Grading;

internal static class CateringClock
{
    /// <summary>Today in China (UTC+8, no daylight saving): grades, windows and 公示 dates are China days.</summary>
    public static DateOnly Today(this TimeProvider time) =>
        DateOnly.FromDateTime(time.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).DateTime);

    public static DateOnly ChinaDate(this DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);
}
