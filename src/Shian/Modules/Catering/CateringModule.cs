using System.Globalization;
using Shian.Modules.Catering.Contracts;
using Shian.Modules.Catering.Features.Grading;
using Shian.Modules.Catering.Features.OperatorGrades;
using Shian.Modules.Catering.Features.Published;
using Shian.Modules.Catering.Features.Sticker;
using Shian.Modules.Catering.Jobs;
using Shian.Modules.Incidents.Contracts;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Penalties.Contracts;
using Shian.Shared.Modules;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Catering;

/// <summary>The Catering module's descriptor (see <see cref="ShianModule"/>).</summary>
public sealed class CateringModule : ShianModule
{
    public override string Name => "Catering";

    public override Type Text => typeof(CateringText);

    public override IEnumerable<Permission> Permissions => CateringPermissions.All;

    public override IEnumerable<Type> Jobs => [typeof(RegradeEstablishmentsJob)];

    public override void AddServices(IHostApplicationBuilder builder)
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
        services.AddSingleton(new OperatorFileTab(
            "catering", CateringText.In(CultureInfo.GetCultureInfo("zh-CN"), "TabTitle"),
            CateringText.In(CultureInfo.GetCultureInfo("en-US"), "TabTitle"), 40, typeof(CateringGradesTab)));
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("catering", "Catering");
        OperatorGradesEndpoint.Map(api);
        StickerEndpoint.Map(api);
    }
}
