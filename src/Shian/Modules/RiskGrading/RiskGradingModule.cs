using Shian.Modules.Complaints.Contracts;
using Shian.Modules.Incidents.Contracts;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Penalties.Contracts;
using Shian.Modules.RiskGrading.Contracts;
using Shian.Modules.RiskGrading.Features.AnnualRegrade;
using Shian.Modules.RiskGrading.Features.Distribution;
using Shian.Modules.RiskGrading.Features.GradeDetail;
using Shian.Modules.RiskGrading.Features.GradeList;
using Shian.Modules.RiskGrading.Features.OperatorTab;
using Shian.Modules.RiskGrading.Features.Plans.ExportPlan;
using Shian.Modules.RiskGrading.Features.Plans.GeneratePlan;
using Shian.Modules.RiskGrading.Features.Plans.ListPlans;
using Shian.Modules.RiskGrading.Features.Plans.PlanDetail;
using Shian.Modules.RiskGrading.Features.ReadGrades;
using Shian.Modules.RiskGrading.Features.Regrade;
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
        new NavEntry("/riskgrading", typeof(RiskGradingText), "NavRiskGrading", RiskGradingPermissions.ReadPolicy, 50),
    ];

    public override void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<RiskModelLoader>();
        services.AddScoped<RiskGrader>();
        services.AddScoped<BulkGrader>();
        services.AddScoped<DistributionQuery>();
        services.AddScoped<GradeListQuery>();
        services.AddScoped<GradeDetailQuery>();
        services.AddScoped<PlanChecks>();
        services.AddScoped<PlanGenerator>();
        services.AddScoped<PlanListQuery>();
        services.AddScoped<PlanQuery>();
        services.AddScoped<IRiskGrades, RiskGrades>();
        services.AddDomainEventHandler<OperatorRegistered, GradeNewOperator>();
        services.AddDomainEventHandler<InspectionCompleted, RegradeOnInspection>();
        services.AddDomainEventHandler<SamplingFailed, RegradeOnRiskEvents>();
        services.AddDomainEventHandler<PenaltyDecided, RegradeOnRiskEvents>();
        services.AddDomainEventHandler<ComplaintVerified, RegradeOnRiskEvents>();
        services.AddDomainEventHandler<IncidentRecorded, RegradeOnRiskEvents>();
        services.AddSingleton(new OperatorFileTab(
            "riskgrading", RiskGradingTexts.Zh("RiskGrade"), RiskGradingTexts.In(RiskGradingTexts.English, "RiskGrade"), 30, typeof(RiskGradeTab)));
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("riskgrading", "RiskGrading");
        DistributionEndpoint.Map(api);
        GradeListEndpoint.Map(api);
        GradeDetailEndpoint.Map(api);
        RegradeEndpoint.Map(api);
        AnnualRegradeEndpoint.Map(api);
        GeneratePlanEndpoint.Map(api);
        ListPlansEndpoint.Map(api);
        PlanDetailEndpoint.Map(api);
        ExportPlanEndpoint.Map(api);
    }

    /// <summary>Demo operators are written directly (no registration events), so they are graded once, before the other demo steps.</summary>
    public override async Task SeedDemoDataAsync(IServiceProvider services, DemoSeed demo, CancellationToken ct)
    {
        if (demo.OperatorsSeededNow)
        {
            await GradeUngradedAsync(services, progress: null, ct);

            // 新会's plan for the planning year, so the plan pages and the inspector's home have content.
            var checks = services.GetRequiredService<PlanChecks>();
            await services.GetRequiredService<PlanGenerator>().GenerateAsync(new GeneratePlanRequest { DistrictCode = DemoPlanDistrict, Year = checks.PlanningYear }, ct);
        }
    }

    /// <summary>The demo district with a two-inspector team (the demo inspections are there too).</summary>
    private const string DemoPlanDistrict = "440705";

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
