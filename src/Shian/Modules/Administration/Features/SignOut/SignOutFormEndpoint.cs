using Microsoft.AspNetCore.Identity;
using Shian.Shared.Security;

namespace Shian.Modules.Administration.Features.SignOut;

/// <summary>The page header's sign-out form posts here (with its antiforgery token).</summary>
internal static class SignOutFormEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/account/logout", async (SignInManager<ShianUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return TypedResults.LocalRedirect("/");
            })
            .WithName("Account.LogoutForm")
            .ExcludeFromDescription()
            .RequireAuthorization()
            .DisableAntiforgery()
            .AddEndpointFilter(async (ctx, next) =>
            {
                // The form carries a token; validate it explicitly since the endpoint binds no form model.
                var antiforgery = ctx.HttpContext.RequestServices.GetRequiredService<Microsoft.AspNetCore.Antiforgery.IAntiforgery>();
                await antiforgery.ValidateRequestAsync(ctx.HttpContext);
                return await next(ctx);
            });
}
