using Microsoft.AspNetCore.Authorization;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.RandomChecks.Features;
using Shian.Modules.RandomChecks.Features.Assignments;
using Shian.Modules.RandomChecks.Features.Conflicts;
using Shian.Modules.RandomChecks.Features.Draw;
using Shian.Modules.RandomChecks.Features.Public;
using Shian.Modules.RandomChecks.Features.Tasks;
using Shian.Shared.Persistence;
using Shian.Shared.Web;

namespace Shian.Modules.RandomChecks;

public static class RandomChecksModule
{
    public static IHostApplicationBuilder AddRandomChecks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<CheckTasks>();
        services.AddScoped<Draws>();
        services.AddScoped<PublicDraws>();
        services.AddScoped<MyAssignments>();
        services.AddScoped<ConflictRegister>();
        services.AddDomainEventHandler<InspectionCompleted, InspectionCompletedHandler>();
        services.Configure<AuthorizationOptions>(o => Array.ForEach(RandomChecksPermissions.All, p => p.Register(o)));
        return builder;
    }

    public static IEndpointRouteBuilder MapRandomChecks(this IEndpointRouteBuilder app)
    {
        RandomChecksEndpoints.Map(app.MapModuleApi("randomchecks", "RandomChecks"));
        return app;
    }
}
