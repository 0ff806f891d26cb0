using Shian.Modules.Administration;
using Shian.Modules.Audit;
using Shian.Modules.Catering;
using Shian.Modules.Credit;
using Shian.Modules.Documents;
using Shian.Modules.Inspections;
using Shian.Modules.Licensing;
using Shian.Modules.Operators;
using Shian.Modules.Portal;
using Shian.Modules.RandomChecks;
using Shian.Modules.Registration;
using Shian.Modules.RiskGrading;

namespace Shian.Hosting;

/// <summary>The one list of modules: their registrations and their endpoints, in a fixed order.</summary>
internal static class ModuleCatalog
{
    public static readonly string[] Names = ["Administration", "Audit", "Catering", "Credit", "Documents", "Inspections", "Licensing", "Operators", "Portal", "RandomChecks", "Registration", "RiskGrading"];

    public static IHostApplicationBuilder AddModules(this IHostApplicationBuilder builder)
    {
        builder.AddAdministration();
        builder.AddAudit();
        builder.AddCatering();
        builder.AddCredit();
        builder.AddDocuments();
        builder.AddInspections();
        builder.AddLicensing();
        builder.AddOperators();
        builder.AddRegistration();
        builder.AddRandomChecks();
        builder.AddPortal();
        builder.AddRiskGrading();
        return builder;
    }

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder app)
    {
        app.MapAdministration();
        app.MapAudit();
        app.MapCatering();
        app.MapCredit();
        app.MapDocuments();
        app.MapInspections();
        app.MapLicensing();
        app.MapOperators();
        app.MapRegistration();
        app.MapRandomChecks();
        app.MapPortal();
        app.MapRiskGrading();
        return app;
    }
}
