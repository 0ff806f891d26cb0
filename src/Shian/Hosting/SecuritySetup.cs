using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Hosting;

internal static class SecuritySetup
{
    /// <summary>A staff session lasts a working day, sliding.</summary>
    private const int SessionHours = 8;

    private const string SmartScheme = "Shian";

    /// <summary>
    /// Identity (cookies) for people, API keys for machines, chosen per request by one policy scheme. API
    /// requests get 401/403 ProblemDetails instead of redirects to the login page.
    /// </summary>
    public static WebApplicationBuilder AddShianSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddDataProtection().SetApplicationName("Shian").PersistKeysToDbContext<ShianDbContext>();
        services.AddSingleton<PersonalDataProtector>();
        services.AddOptions<BlindIndexOptions>().BindConfiguration(BlindIndexOptions.SectionName);
        services.AddSingleton<BlindIndex>();
        services.AddSingleton<SignInThrottle>();

        services.AddAuthentication(o =>
            {
                o.DefaultScheme = SmartScheme;
                o.DefaultChallengeScheme = SmartScheme;
            })
            .AddPolicyScheme(SmartScheme, "Cookie or API key", o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.ContainsKey(AuthenticationSchemes.ApiKeyHeader) ? AuthenticationSchemes.ApiKey : IdentityConstants.ApplicationScheme)
            .AddIdentityCookies();

        services.AddIdentityCore<ShianUser>(o =>
            {
                o.Password.RequiredLength = 10;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = false;
                // Sign-in never locks an account on failures (a stranger could keep anyone locked out):
                // SignInThrottle delays guesses per user name and address instead. An administrator's lock still holds.
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<ShianRole>()
            .AddEntityFrameworkStores<ShianDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ShianClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "shian.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
            o.ExpireTimeSpan = TimeSpan.FromHours(SessionHours);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = ctx => ApiAwareRedirect(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiAwareRedirect(ctx, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorization();
        return builder;
    }

    private static Task ApiAwareRedirect(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
