using Microsoft.AspNetCore.Authorization;
using Shian.Modules.Licensing.Contracts;
using Shian.Modules.Licensing.Features;
using Shian.Modules.Licensing.Features.Apply;
using Shian.Modules.Licensing.Features.Checks;
using Shian.Modules.Licensing.Features.LicenceTab;
using Shian.Modules.Licensing.Features.Materials;
using Shian.Modules.Licensing.Features.Review;
using Shian.Modules.Operators.Contracts;
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
        services.AddScoped<LicenceMaterials>();
        services.AddScoped<LicenceReviews>();
        services.AddScoped<LicenceChecks>();
        services.AddScoped<OperatorLicensing>();
        services.AddScoped<ILicenceDirectory>(sp => sp.GetRequiredService<OperatorLicensing>());
        services.AddSingleton(new OperatorFileTab("licensing", "许可", "Licences", 10, typeof(OperatorLicenceTab)));
        services.Configure<AuthorizationOptions>(o => Array.ForEach(LicensingPermissions.All, p => p.Register(o)));
        LicensingLifecycle.AddServices(services);
        return builder;
    }

    public static IEndpointRouteBuilder MapLicensing(this IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("licensing", "Licensing");
        LicensingEndpoints.Map(api);
        MaterialEndpoints.Map(api);
        ReviewEndpoints.Map(api);
        CheckEndpoints.Map(api);
        LicenceTabEndpoints.Map(api);
        LicensingLifecycle.Map(api);
        return app;
    }
}
