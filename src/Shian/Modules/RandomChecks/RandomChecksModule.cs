using Shian.Modules.Inspections.Contracts;
using Shian.Modules.RandomChecks.Features.Assignments;
using Shian.Modules.RandomChecks.Features.Conflicts;
using Shian.Modules.RandomChecks.Features.Draw;
using Shian.Modules.RandomChecks.Features.Public;
using Shian.Modules.RandomChecks.Features.Tasks;
using Shian.Shared.Modules;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.RandomChecks;

/// <summary>The RandomChecks module's descriptor (see <see cref="ShianModule"/>).</summary>
public sealed class RandomChecksModule : ShianModule
{
    public override string Name => "RandomChecks";

    public override Type Text => typeof(RandomChecksText);

    public override IEnumerable<Permission> Permissions => RandomChecksPermissions.All;

    public override IEnumerable<NavEntry> Navigation =>
    [
        new NavEntry("/randomchecks", typeof(RandomChecksText), "NavRandomChecks", RandomChecksPermissions.ReadPolicy, 90),
        new NavEntry("/randomchecks/assignments", typeof(RandomChecksText), "NavMyAssignments", RandomChecksPermissions.AssignmentsPolicy, 100),
    ];

    public override void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<CheckTasks>();
        services.AddScoped<Draws>();
        services.AddScoped<PublicDraws>();
        services.AddScoped<MyAssignments>();
        services.AddScoped<ConflictRegister>();
        services.AddDomainEventHandler<InspectionCompleted, InspectionCompletedHandler>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("randomchecks", "RandomChecks");
        TasksEndpoint.Map(api);
        DrawEndpoint.Map(api);
        PublicRecordEndpoint.Map(api);
        MyAssignmentsEndpoint.Map(api);
        ConflictsEndpoint.Map(api);
    }
}
