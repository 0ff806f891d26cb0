using Shian.Modules.Credit.Contracts;
using Shian.Modules.Credit.Features.BrowseLists;
using Shian.Modules.Credit.Features.CheckCredit;
using Shian.Modules.Credit.Features.LiftBan;
using Shian.Modules.Credit.Features.RecordBan;
using Shian.Modules.Credit.Features.RecordSeriousViolation;
using Shian.Modules.Credit.Features.RemoveSeriousViolation;
using Shian.Shared.Modules;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Credit;

/// <summary>The Credit module's descriptor (see <see cref="ShianModule"/>).</summary>
public sealed class CreditModule : ShianModule
{
    public override string Name => "Credit";

    public override Type Text => typeof(CreditText);

    public override IEnumerable<Permission> Permissions => CreditPermissions.All;

    public override IEnumerable<NavEntry> Navigation =>
    [
        new NavEntry("/credit", typeof(CreditText), "NavCredit", CreditPermissions.ReadPolicy, 60),
    ];

    public override void AddServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<ICreditChecks, CreditChecks>();
        services.AddScoped<IIndustryBanRegistry, IndustryBanRegistry>();
        services.AddScoped<CreditLists>();
        services.AddScoped<RecordBanHandler>();
        services.AddScoped<LiftBanHandler>();
        services.AddScoped<RecordSeriousViolationHandler>();
        services.AddScoped<RemoveSeriousViolationHandler>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("credit", "Credit");
        BrowseListsEndpoint.Map(api);
        RecordBanEndpoint.Map(api);
        LiftBanEndpoint.Map(api);
        RecordSeriousViolationEndpoint.Map(api);
        RemoveSeriousViolationEndpoint.Map(api);
    }
}
