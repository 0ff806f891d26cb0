using Microsoft.AspNetCore.Authorization;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.RiskGrading.Contracts;
using Shian.Modules.RiskGrading.Features;
using Shian.Modules.RiskGrading.Features.Grading;
using Shian.Modules.RiskGrading.Features.Plans;
using Shian.Modules.RiskGrading.Jobs;
using Shian.Shared.Jobs;
using Shian.Shared.Persistence;
using Shian.Shared.Web;

namespace Shian.Modules.RiskGrading;

public static class RiskGradingModule
{
    public static IHostApplicationBuilder AddRiskGrading(this IHostApplicationBuilder builder)
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
        services.AddScheduledJob<GradeOperatorsJob>();
        services.AddSingleton(new OperatorFileTab("riskgrading", "风险等级", "Risk grade", 30, typeof(Features.Pages.RiskGradeTab)));
        services.Configure<AuthorizationOptions>(o => Array.ForEach(RiskGradingPermissions.All, p => p.Register(o)));
        return builder;
    }

    public static IEndpointRouteBuilder MapRiskGrading(this IEndpointRouteBuilder app)
    {
        RiskGradingEndpoints.Map(app.MapModuleApi("riskgrading", "RiskGrading"));
        return app;
    }

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
