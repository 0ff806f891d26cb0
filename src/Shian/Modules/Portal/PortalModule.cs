using Shian.Modules.Portal.Features.OpenData;
using Shian.Shared.Web;

namespace Shian.Modules.Portal;

public static class PortalModule
{
    public static IHostApplicationBuilder AddPortal(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<EstablishmentQuery>();
        builder.Services.AddScoped<LivesExport>();
        return builder;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder app)
    {
        OpenDataEndpoints.Map(app.MapModuleApi("portal", "Portal"));
        return app;
    }
}
