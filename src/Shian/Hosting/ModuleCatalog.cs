using Shian.Modules.Administration;
using Shian.Modules.Audit;
using Shian.Modules.Credit;
using Shian.Modules.Documents;
using Shian.Modules.Licensing;
using Shian.Modules.Operators;
using Shian.Modules.RiskGrading;

namespace Shian.Hosting;

/// <summary>The one list of modules: their registrations and their endpoints, in a fixed order.</summary>
internal static class ModuleCatalog
{
    public static readonly string[] Names = ["Administration", "Audit", "Credit", "Documents", "Licensing", "Operators", "RiskGrading"];

    public static IHostApplicationBuilder AddModules(this IHostApplicationBuilder builder)
    {
        builder.AddAdministration();
        builder.AddAudit();
        builder.AddCredit();
        builder.AddDocuments();
        builder.AddLicensing();
        builder.AddOperators();
        builder.AddRiskGrading();
        return builder;
    }

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder app)
    {
        app.MapAdministration();
        app.MapAudit();
        app.MapCredit();
        app.MapDocuments();
        app.MapLicensing();
        app.MapOperators();
        app.MapRiskGrading();
        return app;
    }
}
