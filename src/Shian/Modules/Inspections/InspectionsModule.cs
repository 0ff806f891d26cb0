using Microsoft.AspNetCore.Authorization;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Inspections.Features.Checklists;
using Shian.Modules.Inspections.Features.Conduct;
using Shian.Modules.Inspections.Features.Demo;
using Shian.Modules.Inspections.Features.OperatorFile;
using Shian.Modules.Inspections.Features.Publication;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Persistence;
using Shian.Shared.Web;

namespace Shian.Modules.Inspections;

public static class InspectionsModule
{
    public static IHostApplicationBuilder AddInspections(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ChecklistCatalog>();
        services.AddScoped<ChecklistSeeder>();
        services.AddScoped<InspectorEligibility>();
        services.AddScoped<InspectionService>();
        services.AddScoped<SignOffService>();
        services.AddScoped<InspectionDocuments>();
        services.AddScoped<InspectionQueries>();
        services.AddScoped<DemoInspectionSeeder>();
        services.AddDomainEventHandler<InspectionCompleted, InspectionCompletedHandler>();
        services.AddSingleton(new OperatorFileTab("inspections", "检查记录", "Inspections", 20, typeof(InspectionsTab)));
        services.Configure<AuthorizationOptions>(o => Array.ForEach(InspectionsPermissions.All, p => p.Register(o)));
        return builder;
    }

    public static IEndpointRouteBuilder MapInspections(this IEndpointRouteBuilder app)
    {
        InspectionsEndpoints.Map(app.MapModuleApi("inspections", "Inspections"));
        InspectionFormEndpoints.Map(app);
        return app;
    }

    /// <summary>Seeds the first checklist version of each sector (idempotent); called once at start-up.</summary>
    public static Task SeedChecklistsAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<ChecklistSeeder>().SeedAsync(ct);

    /// <summary>
    /// Signed-off sample inspections for the demo data set (only while there is no inspection at all); returns how
    /// many were signed. Called at start-up when demo data is enabled, after the demo operators are graded.
    /// </summary>
    public static Task<int> SeedDemoInspectionsAsync(IServiceProvider services, int seed, CancellationToken ct) =>
        services.GetRequiredService<DemoInspectionSeeder>().SeedAsync(seed, ct);
}
