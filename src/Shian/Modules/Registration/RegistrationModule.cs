using Microsoft.AspNetCore.Authorization;
using Shian.Modules.Registration.Features;
using Shian.Modules.Registration.Features.Review;
using Shian.Modules.Registration.Features.Status;
using Shian.Modules.Registration.Features.Submit;
using Shian.Shared.Web;

namespace Shian.Modules.Registration;

public static class RegistrationModule
{
    public static IHostApplicationBuilder AddRegistration(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<RegistrationApprover>();
        services.AddScoped<RegistrationSubmissions>();
        services.AddScoped<RegistrationReviews>();
        services.AddScoped<PublicTracking>();
        services.AddScoped<Features.Account.EnterpriseAccountOpening>();
        services.Configure<AuthorizationOptions>(o => Array.ForEach(RegistrationPermissions.All, p => p.Register(o)));
        return builder;
    }

    public static IEndpointRouteBuilder MapRegistration(this IEndpointRouteBuilder app)
    {
        RegistrationEndpoints.Map(app.MapModuleApi("registration", "Registration"));
        return app;
    }
}
