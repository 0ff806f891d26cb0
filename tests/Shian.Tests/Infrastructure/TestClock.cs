namespace Shian.Tests.Infrastructure;

/// <summary>
/// The app's clock in tests: real time, shifted by an offset a test sets and takes back. Tests move time instead
/// of rewriting rows (a licence that expires, a deadline that passes). The shift is per app: tests of a collection
/// run one after another, and <see cref="Travel"/> restores the previous offset when disposed.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private long _offsetTicks;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;

    /// <summary>Moves the app's clock by <paramref name="by"/> until the returned scope is disposed.</summary>
    public IDisposable Travel(TimeSpan by)
    {
        var previous = Interlocked.Exchange(ref _offsetTicks, Offset.Ticks + by.Ticks);
        return new Restore(() => Interlocked.Exchange(ref _offsetTicks, previous));
    }

    /// <summary>Moves the app's clock so that it reads <paramref name="to"/> now, until the returned scope is disposed.</summary>
    public IDisposable TravelTo(DateTimeOffset to) => Travel(to - GetUtcNow());

    private sealed class Restore(Action restore) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                restore();
            }
        }
    }
}
