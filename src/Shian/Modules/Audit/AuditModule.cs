using Microsoft.AspNetCore.Authorization;
using Shian.Modules.Audit.Contracts;
using Shian.Modules.Audit.Data;
using Shian.Modules.Audit.Features.BrowseLedger;
using Shian.Modules.Audit.Features.VerifyChain;
using Shian.Shared.Persistence;
using Shian.Shared.Web;

namespace Shian.Modules.Audit;

public static class AuditModule
{
    public static IHostApplicationBuilder AddAudit(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ISaveChangesHook, AuditLedgerHook>();
        builder.Services.AddScoped<IAuditTrail, AuditTrail>();
        builder.Services.AddScoped<LedgerQuery>();
        builder.Services.AddScoped<IPersonalDataAccessLog, Features.PersonalDataAccessLog>();
        builder.Services.Configure<AuthorizationOptions>(o => Array.ForEach(AuditPermissions.All, p => p.Register(o)));
        return builder;
    }

    public static IEndpointRouteBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("audit", "Audit");
        VerifyChainEndpoint.Map(api);
        BrowseLedgerEndpoint.Map(api);
        return app;
    }
}
