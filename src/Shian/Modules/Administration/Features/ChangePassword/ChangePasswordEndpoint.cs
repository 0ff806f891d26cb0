using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Administration.Features.ChangePassword;

internal static class ChangePasswordEndpoint
{
    public static void Map(RouteGroupBuilder account) =>
        account.MapPost("/password", HandleAsync).WithName("Account.ChangePassword")
            .WithSummary("Change the caller's password.").RequireAuthorization()
            .Refuses(400, "security.password_rejected")
            .Refuses(403, "security.not_a_person");

    private static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        ChangePasswordRequest request, UserManager<ShianUser> users, SignInManager<ShianUser> signIn, HttpContext http,
        IStringLocalizer<AdministrationText> text)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return Problems.Of(403, "security.not_a_person", text["NotAPerson"]);
        }

        var result = await users.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword!);
        if (!result.Succeeded)
        {
            return Problems.Of(400, "security.password_rejected", string.Join(" ", result.Errors.Select(e => IdentityMessages.Translate(e))));
        }

        user.IsDemoAccount = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return TypedResults.NoContent();
    }
}

internal sealed class ChangePasswordRequest
{
    [Required(ErrorMessage = "administration.current_password_required")]
    [StringLength(200)]
    public string? CurrentPassword { get; set; }

    [Required(ErrorMessage = "administration.new_password_required")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "administration.new_password_too_short")]
    public string? NewPassword { get; set; }
}
