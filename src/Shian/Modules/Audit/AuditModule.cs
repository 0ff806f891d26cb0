using Shian.Modules.Audit.Contracts;
using Shian.Modules.Audit.Data;
using Shian.Modules.Audit.Features.BrowseLedger;
using Shian.Modules.Audit.Features.RecordPersonalDataAccess;
using Shian.Modules.Audit.Features.VerifyChain;
using Shian.Shared.Modules;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Shared.Web;

namespace Shian.Modules.Audit;

/// <summary>The Audit module's descriptor (see <see cref="ShianModule"/>).</summary>
public sealed class AuditModule : ShianModule
{
    public override string Name => "Audit";

    public override Type Text => typeof(AuditText);

    public override IEnumerable<Permission> Permissions => AuditPermissions.All;

    public override IEnumerable<NavEntry> Navigation =>
    [
        new NavEntry("/audit", typeof(AuditText), "NavAudit", AuditPermissions.BrowsePolicy, 30),
    ];

    public override void AddServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ISaveChangesHook, AuditLedgerHook>();
        builder.Services.AddScoped<IAuditTrail, AuditTrail>();
        builder.Services.AddScoped<LedgerQuery>();
        builder.Services.AddScoped<IPersonalDataAccessLog, PersonalDataAccessLog>();
    }

    public override void MapEndpoints(IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("audit", "Audit");
        VerifyChainEndpoint.Map(api);
        BrowseLedgerEndpoint.Map(api);
    }
}
