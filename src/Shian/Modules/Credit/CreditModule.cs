using Shian.Modules.Credit.Contracts;
using Shian.Modules.Credit.Features;
using Shian.Shared.Modules;
using Shian.Shared.Security;
using Shian.Shared.Ui;
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
        new NavEntry("/credit", typeof(UiText), "NavCredit", "Credit.Read", 60),
    ];

    public override void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ICreditChecks, CreditChecks>();
        builder.Services.AddScoped<CreditAdmin>();
        builder.Services.AddScoped<IIndustryBanRegistry, IndustryBanRegistry>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        CreditEndpoints.Map(app.MapModuleApi("credit", "Credit"));
    }
}
