using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Shian.Shared.Security;

namespace Shian.Modules.Administration.Features.SignOut;

internal static class SignOutEndpoint
{
    public static void Map(RouteGroupBuilder account) =>
        account.MapPost("/logout", HandleAsync).WithName("Account.Logout").WithSummary("Sign out.").RequireAuthorization();

    private static async Task<NoContent> HandleAsync(SignInManager<ShianUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }
}
