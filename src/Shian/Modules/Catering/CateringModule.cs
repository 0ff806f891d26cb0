using Microsoft.AspNetCore.Authorization;
using Shian.Modules.Catering.Contracts;
using Shian.Modules.Catering.Features;
using Shian.Modules.Catering.Features.Grading;
using Shian.Modules.Catering.Features.OperatorTab;
using Shian.Modules.Catering.Features.Published;
using Shian.Modules.Catering.Features.Sticker;
using Shian.Modules.Catering.Jobs;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.RiskGrading.Contracts;
using Shian.Shared.Jobs;
using Shian.Shared.Persistence;
using Shian.Shared.Web;

namespace Shian.Modules.Catering;

public static class CateringModule
{
    public static IHostApplicationBuilder AddCatering(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<GradingRuleLoader>();
        services.AddScoped<EstablishmentGrader>();
        services.AddScoped<CateringRegrader>();
        services.AddScoped<NewEstablishments>();
        services.AddScoped<CateringQueries>();
        services.AddScoped<DoorStickers>();
        services.AddScoped<ICateringGrades, PublishedCateringGrades>();
        services.AddDomainEventHandler<InspectionCompleted, GradeOnInspectionCompleted>();
        services.AddDomainEventHandler<OperatorRegistered, OpenOnOperatorRegistered>();
        services.AddDomainEventHandler<Licensing.Contracts.LicenceIssued, OpenOnLicenceIssued>();
        services.AddDomainEventHandler<IncidentRecorded, SuspendOnRiskEvents>();
        services.AddDomainEventHandler<PenaltyDecided, SuspendOnRiskEvents>();
        services.AddScheduledJob<RegradeEstablishmentsJob>();
        services.AddSingleton(new OperatorFileTab("catering", "餐饮等级", "Catering grade", 40, typeof(CateringGradesTab)));
        services.Configure<AuthorizationOptions>(o => Array.ForEach(CateringPermissions.All, p => p.Register(o)));
        return builder;
    }

    public static IEndpointRouteBuilder MapCatering(this IEndpointRouteBuilder app)
    {
        CateringEndpoints.Map(app.MapModuleApi("catering", "Catering"));
        return app;
    }
}
