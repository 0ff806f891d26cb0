using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Scalar.AspNetCore;
using Shian.Components;
using Shian.Shared.Jobs;
using Shian.Shared.Modules;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Storage;
using Shian.Shared.Web;

namespace Shian.Hosting;

/// <summary>Composition of the host: what Program.cs calls. Modules add themselves through ModuleCatalog.</summary>
internal static class PlatformSetup
{
    public static readonly string[] Cultures = ["zh-CN", "en-US"];
    private const long DefaultMaxRequestBodyBytes = 1024 * 1024;

    public static WebApplicationBuilder AddShianPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUser>();
        services.AddScoped<IDataScope>(sp => sp.GetRequiredService<CurrentUser>());
        services.AddScoped<ISaveChangesHook, DomainEventDispatchHook>();
        services.AddScoped<IFileStore, DatabaseFileStore>();
        services.AddJobs(builder.Configuration);
        services.AddScoped<ISaveChangesHook, ScopeWriteCheckHook>();
        services.AddScoped<DemoData.DemoDataSeeder>();
        builder.AddShianDatabase();
        builder.AddShianSecurity();

        // Chinese is written as characters, not &#x…; escapes, in pages and in JSON.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            // Enums are their defined names only: a number (99, 0, -1, "99") would bind to a value no code handles,
            // so it fails binding → 400 request.malformed_body (issue 11, finding 8). OpenAPI lists the names.
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
            o.SerializerOptions.Converters.Add(new NulCharacters.RefusingConverter());
        });
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = builder.Configuration.GetValue("Limits:MaxRequestBodyBytes", DefaultMaxRequestBodyBytes);
            // Long URLs are refused by RequestGuards with a problem body; Kestrel's own 414 (no body) only above this.
            k.Limits.MaxRequestLineSize = RequestGuards.KestrelRequestLineBytes;
            k.Limits.MaxRequestHeadersTotalSize = RequestGuards.KestrelRequestLineBytes + (32 * 1024);
            k.ConfigureEndpointDefaults(listen => listen.UseProblemBodiesForServerRejections());
        });
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);

        services.AddShianProblemDetails();
        services.AddShianRateLimits(builder.Configuration);
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture(Cultures[0]).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new QueryStringRequestCultureProvider()];
        });
        services.AddOpenApi(o => o.AddProblemResponses());
        services.AddHealthChecks().AddDbContextCheck<ShianDbContext>("database", tags: ["ready"]);
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        builder.AddModules();
        return builder;
    }

    public static WebApplication UseShianPlatform(this WebApplication app)
    {
        // Culture first: error responses written by the handlers below read the caller's language.
        app.UseRequestLocalization();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseUrlLengthLimit();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseShianSecurityHeaders();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseAntiforgeryRefusal();
        app.UsePageQueryGuard(); // before the NUL refusal: ?page=%00 names the parameter a page cannot read
        app.UseNulRefusal();

        // Static assets and the probes are the only anonymous doors without a rate limit: they touch no database,
        // and a limit per address would throttle a whole office's staff behind one NAT, or the load balancer.
        app.MapStaticAssets().AnonymousByDesign("static assets: styles, scripts, icons");
        app.MapOpenApi("/openapi/{documentName}.json").AnonymousByDesign("the published API description").RequireRateLimiting(RateLimits.Anonymous);
        app.MapScalarApiReference("/scalar", o => o.WithTitle("Shian API")).AnonymousByDesign("the browsable API reference and its assets").RequireRateLimiting(RateLimits.Anonymous);
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AnonymousByDesign("load balancer probe");
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AnonymousByDesign("load balancer probe");
        app.MapCultureSwitch();
        app.MapModules();
        // Our own CSP already says frame-ancestors 'none'; Blazor's extra "frame-ancestors 'self'" header would be a second policy.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
        return app;
    }

    /// <summary><c>/culture?name=en-US&amp;returnUrl=/operators</c> stores the choice in a cookie and goes back.</summary>
    private static void MapCultureSwitch(this WebApplication app) =>
        app.MapGet("/culture", (string name, string? returnUrl, HttpContext http) =>
        {
            var culture = Cultures.Contains(name) ? name : Cultures[0];
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            // Only a path on this site: "//host" and "/\host" are other sites to a browser (and LocalRedirect throws on them).
            var target = string.IsNullOrEmpty(returnUrl) || !returnUrl.StartsWith('/') ||
                         (returnUrl.Length > 1 && returnUrl[1] is '/' or '\\') ? "/" : returnUrl;
            return TypedResults.LocalRedirect(target);
        }).WithName("Culture.Switch").WithSummary("Switch the UI language (zh-CN or en-US).").AnonymousByDesign("the language switch works before signing in").RequireRateLimiting(RateLimits.Anonymous).ExcludeFromDescription();
}
