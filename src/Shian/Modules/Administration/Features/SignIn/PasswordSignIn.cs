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
internal sealed class PasswordSignIn(SignInManager<ShianUser> signIn, SignInThrottle throttle, IHttpContextAccessor http)
{
    public async Task<SignInOutcome> SignInAsync(string userName, string password)
    {
        var address = http.HttpContext is { } context ? RateLimits.ClientAddress(context) : "unknown";
        if (throttle.Wait(userName, address) is { } wait)
        {
            return new SignInOutcome(false, wait);
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
