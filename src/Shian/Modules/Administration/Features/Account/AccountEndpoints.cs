using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Shian.Shared.Modules;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Administration.Features.Account;

/// <summary>
/// Cookie sign-in for scripts and tests (people use the /account/login page, which does the same). Machine
/// clients do not sign in: they send an API key.
/// </summary>
internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/api/v1/account").WithTags("Account").AddEndpointFilterFactory(DataAnnotationsValidationFilter.Factory);
        account.MapPost("/login", LoginAsync).WithName("Account.Login")
            .WithSummary("Sign in with user name and password; sets the session cookie.")
            .AnonymousByDesign("signing in").RequireRateLimiting(RateLimits.Anonymous);
        account.MapPost("/logout", LogoutAsync).WithName("Account.Logout").WithSummary("Sign out.").RequireAuthorization();
        account.MapGet("/me", Me).WithName("Account.Me").WithSummary("Who the caller is, their roles and scope.").RequireAuthorization();
        account.MapPost("/password", ChangePasswordAsync).WithName("Account.ChangePassword")
            .WithSummary("Change the caller's password.").RequireAuthorization();
    }

    private static async Task<Results<Ok<MeView>, ProblemHttpResult>> LoginAsync(
        LoginRequest request, SignInManager<ShianUser> signIn, UserManager<ShianUser> users)
    {
        var result = await signIn.PasswordSignInAsync(request.UserName!, request.Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.IsLockedOut)
        {
            return Problem(423, "security.locked_out", "登录失败次数过多，账号已暂时锁定，请稍后再试。");
        }

        if (!result.Succeeded)
        {
            return Problem(401, "security.invalid_credentials", "用户名或密码不正确。");
        }

        var user = (await users.FindByNameAsync(request.UserName!))!;
        return TypedResults.Ok(new MeView(user.UserName!, user.DisplayName, [.. await users.GetRolesAsync(user)], user.JurisdictionCode, user.OperatorId));
    }

    private static async Task<NoContent> LogoutAsync(SignInManager<ShianUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static Ok<MeView> Me(CurrentUser user, HttpContext http) =>
        TypedResults.Ok(new MeView(
            http.User.Identity?.Name ?? "", user.Name,
            [.. Roles.All.Append(Roles.MachineClient).Where(user.IsInRole)], user.JurisdictionCode ?? "", user.OperatorId));

    private static async Task<Results<NoContent, ProblemHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, UserManager<ShianUser> users, SignInManager<ShianUser> signIn, HttpContext http)
    {
        var user = await users.GetUserAsync(http.User);
        if (user is null)
        {
            return Problem(403, "security.not_a_person", "只有用户账号可以修改密码。");
        }

        var result = await users.ChangePasswordAsync(user, request.CurrentPassword!, request.NewPassword!);
        if (!result.Succeeded)
        {
            return Problem(400, "security.password_rejected", string.Join(" ", result.Errors.Select(e => IdentityMessages.Translate(e))));
        }

        user.IsDemoAccount = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return TypedResults.NoContent();
    }

    private static ProblemHttpResult Problem(int status, string code, string detail) => Problems.Of(status, code, detail);
}

internal sealed class LoginRequest
{
    [Required(ErrorMessage = "请输入用户名")]
    [StringLength(100)]
    public string? UserName { get; set; }

    [Required(ErrorMessage = "请输入密码")]
    [StringLength(200)]
    public string? Password { get; set; }
}

internal sealed class ChangePasswordRequest
{
    [Required(ErrorMessage = "请输入当前密码")]
    [StringLength(200)]
    public string? CurrentPassword { get; set; }

    [Required(ErrorMessage = "请输入新密码")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "新密码至少10位")]
    public string? NewPassword { get; set; }
}

internal sealed record MeView(string UserName, string DisplayName, IReadOnlyList<string> Roles, string JurisdictionCode, Guid? OperatorId);
