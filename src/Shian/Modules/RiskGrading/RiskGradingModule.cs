using Shian.Modules.Complaints.Contracts;
using Shian.Modules.Incidents.Contracts;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Penalties.Contracts;
using Shian.Modules.RiskGrading.Contracts;
using Shian.Modules.RiskGrading.Features;
using Shian.Modules.RiskGrading.Features.Grading;
using Shian.Modules.RiskGrading.Features.Plans;
using Shian.Modules.RiskGrading.Jobs;
using Shian.Modules.Sampling.Contracts;
using Shian.Shared.Modules;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.RiskGrading;

/// <summary>The RiskGrading module's descriptor (see <see cref="ShianModule"/>).</summary>
public sealed class RiskGradingModule : ShianModule
{
    public override string Name => "RiskGrading";

    public override Type Text => typeof(RiskGradingText);

    public override IEnumerable<Permission> Permissions => RiskGradingPermissions.All;

    public override IEnumerable<Type> Jobs => [typeof(GradeOperatorsJob)];

    public override IEnumerable<NavEntry> Navigation =>
    [
        new NavEntry("/riskgrading", typeof(RiskGradingText), "NavRiskGrading", "RiskGrading.Read", 50),
    ];

    public override void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<RiskModelLoader>();
        services.AddScoped<RiskGrader>();
        services.AddScoped<BulkGrader>();
        services.AddScoped<GradeQueries>();
        services.AddScoped<PlanService>();
        services.AddScoped<IRiskGrades, RiskGrades>();
        services.AddDomainEventHandler<OperatorRegistered, GradeNewOperator>();
        services.AddDomainEventHandler<InspectionCompleted, RegradeOnInspection>();
        services.AddDomainEventHandler<SamplingFailed, RegradeOnRiskEvents>();
        services.AddDomainEventHandler<PenaltyDecided, RegradeOnRiskEvents>();
        services.AddDomainEventHandler<ComplaintVerified, RegradeOnRiskEvents>();
        services.AddDomainEventHandler<IncidentRecorded, RegradeOnRiskEvents>();
        services.AddSingleton(new OperatorFileTab("riskgrading", "风险等级", "Risk grade", 30, typeof(Features.Pages.RiskGradeTab)));
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        RiskGradingEndpoints.Map(app.MapModuleApi("riskgrading", "RiskGrading"));
    }

    /// <summary>Demo operators are written directly (no registration events), so they are graded once, before the other demo steps.</summary>
    public override async Task SeedDemoDataAsync(IServiceProvider services, DemoSeed demo, CancellationToken ct)
    {
        if (demo.OperatorsSeededNow)
        {
            await GradeUngradedAsync(services, progress: null, ct);
        }
    }

    public override int DemoDataOrder => -10;

    /// <summary>
    /// Grades every operator that has no grade yet (start-up after demo seeding, the seed command). One bulk pass;
    /// on a database where everyone is graded it only reads the id lists.
    /// </summary>
    public static async Task<int> GradeUngradedAsync(IServiceProvider services, IProgress<string>? progress, CancellationToken ct)
    {
        var result = await services.GetRequiredService<BulkGrader>().RunAsync(BulkMode.Missing, null, null, progress, ct);
        return result.Graded;
    }
}
