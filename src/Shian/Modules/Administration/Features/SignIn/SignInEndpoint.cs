using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Shian.Modules.Administration.Features.Me;
using Shian.Shared.Modules;
using Shian.Shared.Security;
using Shian.Shared.Ui;
using Shian.Shared.Web;

namespace Shian.Modules.Administration.Features.SignIn;

/// <summary>
/// Cookie sign-in for scripts and tests (people use the /account/login page, which does the same). Machine
/// clients do not sign in: they send an API key.
/// </summary>
internal static class SignInEndpoint
{
    public static void Map(RouteGroupBuilder account) =>
        account.MapPost("/login", HandleAsync).WithName("Account.Login")
            .WithSummary("Sign in with user name and password; sets the session cookie. Repeated failures for a user name from an address are slowed down (429 with Retry-After), never locked; unknown and existing names get the same answers.")
            .AnonymousByDesign("signing in").RequireRateLimiting(RateLimits.SignIn)
            .Refuses(401, "security.invalid_credentials")
            .Refuses(429, "security.sign_in_throttled");

    private static async Task<Results<Ok<MeView>, ProblemHttpResult>> HandleAsync(
        LoginRequest request, PasswordSignIn signIn, UserManager<ShianUser> users, IStringLocalizer<UiText> text, HttpContext http)
    {
        var outcome = await signIn.SignInAsync(request.UserName!, request.Password!);
        if (outcome.RetryAfter is { } wait)
        {
            // The same texts as the login page.
            var seconds = RateLimits.RetryAfterSeconds(wait);
            http.Response.Headers.RetryAfter = seconds;
            return Problems.Of(429, "security.sign_in_throttled", text["SignInThrottled", seconds]);
        }

        if (!outcome.Succeeded)
        {
            return Problems.Of(401, "security.invalid_credentials", text["BadCredentials"]);
        }

        var user = (await users.FindByNameAsync(request.UserName!))!;
        return TypedResults.Ok(new MeView(user.UserName!, user.DisplayName, [.. await users.GetRolesAsync(user)], user.JurisdictionCode, user.OperatorId));
    }
}

internal sealed class LoginRequest
{
    [Required(ErrorMessage = "administration.user_name_required")]
    [StringLength(100)]
    public string? UserName { get; set; }

    [Required(ErrorMessage = "administration.password_required")]
    [StringLength(200)]
    public string? Password { get; set; }
}
