using Shian.Modules.Portal.Features.OpenData;
using Shian.Shared.Modules;
using Shian.Shared.Ui;
using Shian.Shared.Web;

namespace Shian.Modules.Portal;

/// <summary>The Portal module's descriptor (see <see cref="ShianModule"/>).</summary>
public sealed class PortalModule : ShianModule
{
    public override string Name => "Portal";

    public override Type Text => typeof(PortalText);

    public override IEnumerable<NavEntry> Navigation =>
    [
        new NavEntry("/portal/establishments", typeof(UiText), "NavPortal", null, 110),
    ];

    public override void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<EstablishmentQuery>();
        builder.Services.AddScoped<LivesExport>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        OpenDataEndpoints.Map(app.MapModuleApi("portal", "Portal"));
    }
}
