using Microsoft.AspNetCore.Authorization;
using Shian.Modules.Licensing.Features;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Shared.Web;

namespace Shian.Modules.Licensing;

public static class LicensingModule
{
    public static IHostApplicationBuilder AddLicensing(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<LicenceApplications>();
        services.AddScoped<LicenceIssuer>();
        services.AddScoped<LicensingQueries>();
        services.Configure<AuthorizationOptions>(o => Array.ForEach(LicensingPermissions.All, p => p.Register(o)));
        LicensingLifecycle.AddServices(services);
        return builder;
    }

    public static IEndpointRouteBuilder MapLicensing(this IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("licensing", "Licensing");
        LicensingEndpoints.Map(api);
        LicensingLifecycle.Map(api);
        return app;
    }
}
