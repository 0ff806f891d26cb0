using Shian.Modules.Portal.Features.EstablishmentRecord;
using Shian.Modules.Portal.Features.LivesExport;
using Shian.Modules.Portal.Features.SearchEstablishments;
using Shian.Shared.Modules;
using Shian.Shared.Web;

namespace Shian.Modules.Portal;

/// <summary>The Portal module's descriptor (see <see cref="ShianModule"/>).</summary>
public sealed class PortalModule : ShianModule
{
    public override string Name => "Portal";

    public override Type Text => typeof(PortalText);

    public override IEnumerable<NavEntry> Navigation =>
    [
        new NavEntry("/portal/establishments", typeof(PortalText), "NavPortal", null, 110),
    ];

    public override void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<EstablishmentQuery>();
        builder.Services.AddScoped<EstablishmentRecordQuery>();
        builder.Services.AddScoped<LivesExport>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("portal", "Portal");
        SearchEstablishmentsEndpoint.Map(api);
        EstablishmentRecordEndpoint.Map(api);
        LivesExportEndpoint.Map(api);
    }
}
