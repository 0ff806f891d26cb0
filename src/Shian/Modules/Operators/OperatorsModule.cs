using Microsoft.AspNetCore.Authorization;
using Shian.Modules.Operators.Contracts;
using Shian.Modules.Operators.Features;
using Shian.Modules.Operators.Features.EditOperator;
using Shian.Modules.Operators.Features.MyOperator;
using Shian.Modules.Operators.Features.OperatorFile;
using Shian.Modules.Operators.Features.SearchOperators;
using Shian.Shared.Web;

namespace Shian.Modules.Operators;

public static class OperatorsModule
{
    public static IHostApplicationBuilder AddOperators(this IHostApplicationBuilder builder)
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
        services.Configure<AuthorizationOptions>(o => Array.ForEach(OperatorsPermissions.All, p => p.Register(o)));
        return builder;
    }

    public static IEndpointRouteBuilder MapOperators(this IEndpointRouteBuilder app)
    {
        var api = app.MapModuleApi("operators", "Operators");
        MyOperatorEndpoints.Map(api);
        Features.Inbox.InboxEndpoints.Map(api);
        OperatorsEndpoints.Map(api);
        Features.ManagePremises.PremisesEndpoints.Map(api);
        return app;
    }
}
