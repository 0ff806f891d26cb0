using Microsoft.AspNetCore.Identity;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Administration.Features.SignIn;

/// <summary>What a sign-in attempt came to; <see cref="RetryAfter"/> is set when it was not even tried.</summary>
internal sealed record SignInOutcome(bool Succeeded, TimeSpan? RetryAfter);

/// <summary>
/// The one sign-in, for the login page and the API: throttled per user name and address (<see cref="SignInThrottle"/>),
/// never locking an account on failures, and with one answer for a wrong password, an unknown user name and an
/// account an administrator locked, so no answer tells which user names exist.
/// </summary>
internal sealed class PasswordSignIn(
    SignInManager<ShianUser> signIn, UserManager<ShianUser> users, SignInThrottle throttle, IHttpContextAccessor http)
{
    // An unknown name costs one password hash like a known one, so the time of the answer does not tell either.
    private static readonly ShianUser Nobody = new() { UserName = "nobody" };
    private static string? _nobodyHash;

    public async Task<SignInOutcome> SignInAsync(string userName, string password)
    {
        var address = http.HttpContext is { } context ? RateLimits.ClientAddress(context) : "unknown";
        if (throttle.Wait(userName, address) is { } wait)
        {
            return new SignInOutcome(false, wait);
        }

        if (await users.FindByNameAsync(userName) is null)
        {
            _nobodyHash ??= users.PasswordHasher.HashPassword(Nobody, Guid.NewGuid().ToString());
            users.PasswordHasher.VerifyHashedPassword(Nobody, _nobodyHash, password);
            throttle.Failed(userName, address);
            return new SignInOutcome(false, null);
        }

        var result = await signIn.PasswordSignInAsync(userName, password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.Succeeded(userName, address);
            return new SignInOutcome(true, null);
        }

        throttle.Failed(userName, address);
        return new SignInOutcome(false, null);
    }
}
