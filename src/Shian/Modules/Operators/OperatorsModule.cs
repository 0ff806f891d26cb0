using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Features.AddPremises;
using Shian.Modules.Operators.Features.ChangeLog;
using Shian.Modules.Operators.Features.CheckCreditCode;
using Shian.Modules.Operators.Features.Directory;
using Shian.Modules.Operators.Features.EditOperator;
using Shian.Modules.Operators.Features.Inbox;
using Shian.Modules.Operators.Features.MyOperator;
using Shian.Modules.Operators.Features.OperatorFile;
using Shian.Modules.Operators.Features.Pool;
using Shian.Modules.Operators.Features.RegisterOperator;
using Shian.Modules.Operators.Features.RevealPersonalData;
using Shian.Modules.Operators.Features.SearchOperators;
using Shian.Modules.Operators.Features.Timeline;
using Shian.Shared.Modules;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Operators;

/// <summary>The Operators module's descriptor (see <see cref="ShianModule"/>).</summary>
public sealed class OperatorsModule : ShianModule
{
    public override string Name => "Operators";

    public override Type Text => typeof(OperatorsText);

    public override IEnumerable<Permission> Permissions => OperatorsPermissions.All;

    public override IEnumerable<NavEntry> Navigation =>
    [
        new NavEntry("/operators", typeof(OperatorsText), "NavOperators", OperatorsPermissions.ReadPolicy, 10),
        new NavEntry("/my/operator", typeof(OperatorsText), "NavMyOperator", OperatorsPermissions.OwnPolicy, 20),
        new NavEntry("/my/inbox", typeof(OperatorsText), "NavMyInbox", OperatorsPermissions.OwnPolicy, 21),
    ];

    public override void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;

        // The contract other modules use.
        services.AddScoped<IOperatorTimeline, OperatorTimeline>();
        services.AddScoped<IOperatorDirectory, OperatorDirectory>();
        services.AddScoped<IOperatorRegistry, OperatorRegistry>();
        services.AddScoped<IOperatorPool, OperatorPool>();
        services.AddScoped<IPremisesDirectory, PremisesDirectory>();
        services.AddScoped<IOperatorInbox, OperatorInbox>();
        services.AddDomainEventHandler<Licensing.Contracts.LicenceIssued, Features.Categories.AddCategoryOnLicenceIssued>();

        // The module's own use cases.
        services.AddScoped<OperatorSearch>();
        services.AddScoped<OperatorFileQuery>();
        services.AddScoped<TimelineQuery>();
        services.AddScoped<ChangeLogQuery>();
        services.AddScoped<OperatorFormRules>();
        services.AddScoped<OperatorFormWriter>();
        services.AddScoped<RegisterOperatorHandler>();
        services.AddScoped<EditOperatorHandler>();
        services.AddScoped<PersonalDataReader>();
        services.AddScoped<AddPremisesHandler>();
        services.AddScoped<MyOperatorService>();
        services.AddScoped<MyInbox>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("operators", "Operators");
        MyOperatorEndpoint.Map(api);
        InboxEndpoint.Map(api);
        SearchOperatorsEndpoint.Map(api);
        OperatorFileEndpoint.Map(api);
        TimelineEndpoint.Map(api);
        ChangeLogEndpoint.Map(api);
        RevealPersonalDataEndpoint.Map(api);
        RegisterOperatorEndpoint.Map(api);
        EditOperatorEndpoint.Map(api);
        CheckCreditCodeEndpoint.Map(api);
        AddPremisesEndpoint.Map(api);
    }
}
