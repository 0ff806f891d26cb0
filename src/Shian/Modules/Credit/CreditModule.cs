using Microsoft.AspNetCore.Authorization;
using Shian.Modules.Credit.Contracts;
using Shian.Modules.Credit.Features;
using Shian.Shared.Web;

namespace Shian.Modules.Credit;

public static class CreditModule
{
    public static IHostApplicationBuilder AddCredit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ICreditChecks, CreditChecks>();
        builder.Services.AddScoped<CreditAdmin>();
        builder.Services.AddScoped<IIndustryBanRegistry, IndustryBanRegistry>();
        builder.Services.Configure<AuthorizationOptions>(o => Array.ForEach(CreditPermissions.All, p => p.Register(o)));
        return builder;
    }

    public static IEndpointRouteBuilder MapCredit(this IEndpointRouteBuilder app)
    {
        CreditEndpoints.Map(app.MapModuleApi("credit", "Credit"));
        return app;
    }
}
