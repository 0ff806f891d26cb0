using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Inspections.Features.Checklists;
using Shian.Modules.Inspections.Features.Conduct;
using Shian.Modules.Inspections.Features.Demo;
using Shian.Modules.Inspections.Features.OperatorFile;
using Shian.Modules.Inspections.Features.Publication;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Modules;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Ui;
using Shian.Shared.Web;

namespace Shian.Modules.Inspections;

/// <summary>The Inspections module's descriptor (see <see cref="ShianModule"/>).</summary>
public sealed class InspectionsModule : ShianModule
{
    public override string Name => "Inspections";

    public override Type Text => typeof(InspectionsText);

    public override IEnumerable<Permission> Permissions => InspectionsPermissions.All;

    public override IEnumerable<NavEntry> Navigation =>
    [
        new NavEntry("/inspections", typeof(UiText), "NavInspections", "Inspections.Read", 80),
    ];

    public override void AddServices(IHostApplicationBuilder builder)
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
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        InspectionsEndpoints.Map(app.MapModuleApi("inspections", "Inspections"));
        InspectionFormEndpoints.Map(app);
    }

    /// <summary>Seeds the first checklist version of each sector (idempotent).</summary>
    public override Task SeedReferenceDataAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<ChecklistSeeder>().SeedAsync(ct);

    /// <summary>Sample inspections signed through the real sign-off, so grades, the portal and files have content.</summary>
    public override Task SeedDemoDataAsync(IServiceProvider services, DemoSeed demo, CancellationToken ct) =>
        SeedDemoInspectionsAsync(services, demo.Seed, ct);

    /// <summary>
    /// Signed-off sample inspections for the demo data set (only while there is no inspection at all); returns how
    /// many were signed. Called at start-up when demo data is enabled, after the demo operators are graded.
    /// </summary>
    public static Task<int> SeedDemoInspectionsAsync(IServiceProvider services, int seed, CancellationToken ct) =>
        services.GetRequiredService<DemoInspectionSeeder>().SeedAsync(seed, ct);
}
