using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Features;
using Shian.Modules.Operators.Features.EditOperator;
using Shian.Modules.Operators.Features.MyOperator;
using Shian.Modules.Operators.Features.OperatorFile;
using Shian.Modules.Operators.Features.SearchOperators;
using Shian.Shared.Modules;
using Shian.Shared.Security;
using Shian.Shared.Ui;
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
        new NavEntry("/operators", typeof(UiText), "NavOperators", "Operators.Read", 10),
        new NavEntry("/my/operator", typeof(UiText), "NavMyOperator", "Operators.Own", 20),
        new NavEntry("/my/inbox", typeof(UiText), "NavMyInbox", "Operators.Own", 21),
    ];

    public override void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<IOperatorTimeline, OperatorTimeline>();
        services.AddScoped<IOperatorDirectory, OperatorDirectory>();
        services.AddScoped<IOperatorRegistry, OperatorRegistry>();
        services.AddScoped<IOperatorPool, OperatorPool>();
        services.AddScoped<IPremisesDirectory, PremisesDirectory>();
        services.AddScoped<OperatorSearch>();
        services.AddScoped<OperatorFileQuery>();
        services.AddScoped<OperatorFormRules>();
        services.AddScoped<OperatorEditor>();
        services.AddScoped<PersonalDataReader>();
        services.AddScoped<Features.ManagePremises.PremisesEditor>();
        services.AddScoped<MyOperatorService>();
        services.AddScoped<IOperatorInbox, Features.Inbox.OperatorInbox>();
        services.AddScoped<Features.Inbox.MyInbox>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("operators", "Operators");
        MyOperatorEndpoints.Map(api);
        Features.Inbox.InboxEndpoints.Map(api);
        OperatorsEndpoints.Map(api);
        Features.ManagePremises.PremisesEndpoints.Map(api);
    }
}
