using System.Collections.Concurrent;

namespace Shian.Shared.Security;

/// <summary>
/// Slows down password guessing without letting a stranger lock anyone out. There is no account lockout (a
/// hard lock after N failures lets anyone keep any account locked); instead:
/// <list type="bullet">
/// <item>per user name and address: the first <c>SignIn:FreeFailures</c> failures cost nothing, then each further
/// attempt must wait 2, 4, 8 … seconds, up to <c>SignIn:MaxDelaySeconds</c>; a success clears it. A stranger only
/// slows down their own address.</item>
/// <item>per user name, all addresses together: more than <c>SignIn:FailuresPerUserPerWindow</c> failures within
/// <c>SignIn:UserWindowMinutes</c> make further attempts for that name wait for the window's end — it ends by
/// itself, and needs many addresses (each with its own delay) to reach.</item>
/// </list>
/// Unknown and existing user names are counted alike, so the answer tells nothing about which names exist. The
/// state is in memory per node (a restart forgets it, several nodes each count their share): the address
/// buckets of <see cref="Web.RateLimits.SignIn"/> bound what that lets through.
/// </summary>
public sealed class SignInThrottle(TimeProvider time, IConfiguration configuration)
{
    private readonly int _freeFailures = configuration.GetValue("SignIn:FreeFailures", 3);
    private readonly TimeSpan _maxDelay = TimeSpan.FromSeconds(configuration.GetValue("SignIn:MaxDelaySeconds", 900));
    private readonly int _perUserLimit = configuration.GetValue("SignIn:FailuresPerUserPerWindow", 50);
    private readonly TimeSpan _userWindow = TimeSpan.FromMinutes(configuration.GetValue("SignIn:UserWindowMinutes", 15));
    private readonly ConcurrentDictionary<(string User, string Address), Failures> _byAddress = new();
    private readonly ConcurrentDictionary<string, Window> _byUser = new();

    /// <summary>How long this attempt must wait, or null when it may go ahead.</summary>
    public TimeSpan? Wait(string userName, string address)
    {
        var now = time.GetUtcNow();
        var user = Key(userName);
        TimeSpan? wait = null;
        if (_byAddress.TryGetValue((user, address), out var failures) && failures.Count >= _freeFailures)
        {
            var delay = TimeSpan.FromSeconds(Math.Min(_maxDelay.TotalSeconds, Math.Pow(2, failures.Count - _freeFailures + 1)));
            var until = failures.Last + delay;
            wait = until > now ? until - now : null;
        }

        if (_byUser.TryGetValue(user, out var window) && window.Start + _userWindow > now && window.Count >= _perUserLimit)
        {
            var rest = window.Start + _userWindow - now;
            wait = wait is { } w && w > rest ? w : rest;
        }

        return wait;
    }

    public void Failed(string userName, string address)
    {
        var now = time.GetUtcNow();
        var user = Key(userName);
        _byAddress.AddOrUpdate((user, address), _ => new Failures(1, now), (_, f) => new Failures(f.Count + 1, now));
        _byUser.AddOrUpdate(user, _ => new Window(now, 1), (_, w) => w.Start + _userWindow > now ? w with { Count = w.Count + 1 } : new Window(now, 1));
        if (_byAddress.Count > 100_000)
        {
            Prune(now);
        }
    }

    public void Succeeded(string userName, string address) => _byAddress.TryRemove((Key(userName), address), out _);

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, failures) in _byAddress)
        {
            if (failures.Last + _maxDelay < now)
            {
                _byAddress.TryRemove(key, out _);
            }
        }

        foreach (var (key, window) in _byUser)
        {
            if (window.Start + _userWindow < now)
            {
                _byUser.TryRemove(key, out _);
            }
        }
    }

    private static string Key(string userName) => userName.Trim().ToUpperInvariant();

    private sealed record Failures(int Count, DateTimeOffset Last);

    private sealed record Window(DateTimeOffset Start, int Count);
}
