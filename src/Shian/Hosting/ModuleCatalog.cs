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
using Shian.Shared.Kernel;
using Shian.Shared.Modules;
using Shian.Shared.Ui;

namespace Shian.Hosting;

/// <summary>
/// The one list of modules. Adding a module is one line here; everything else (services, permissions, endpoints,
/// navigation, jobs, seed steps, messages) comes from its descriptor. The order is the order services are added,
/// endpoints mapped and reference data seeded.
/// </summary>
internal static class ModuleCatalog
{
    public static readonly IReadOnlyList<ShianModule> All =
    [
        new AdministrationModule(),
        new AuditModule(),
        new CateringModule(),
        new CreditModule(),
        new DocumentsModule(),
        new InspectionsModule(),
        new LicensingModule(),
        new OperatorsModule(),
        new RegistrationModule(),
        new RandomChecksModule(),
        new PortalModule(),
        new RiskGradingModule(),
    ];

    /// <summary>Message prefixes that belong to no module (see <see cref="Shian.Shared.Web.ErrorCodes"/>), read from UiText.</summary>
    private static readonly string[] SharedMessagePrefixes = ["request", "security", "server", "files", "jobs", "platform", "ui"];

    public static IEnumerable<string> Names => All.Select(m => m.Name);

    public static IHostApplicationBuilder AddModules(this IHostApplicationBuilder builder)
    {
        RegisterMessages();
        foreach (var module in All)
        {
            module.AddServices(builder);
            module.RegisterPermissionsAndJobs(builder.Services);
        }

        builder.Services.AddSingleton(new NavigationMenu(All.SelectMany(m => m.Navigation)));
        return builder;
    }

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder app)
    {
        foreach (var module in All)
        {
            module.MapEndpoints(app);
        }

        return app;
    }

    /// <summary>Each module's reference data, in catalogue order (idempotent).</summary>
    public static async Task SeedReferenceDataAsync(IServiceProvider services, CancellationToken ct)
    {
        foreach (var module in All)
        {
            await module.SeedReferenceDataAsync(services, ct);
        }
    }

    /// <summary>Each module's part of the demo data set, in <see cref="ShianModule.DemoDataOrder"/>.</summary>
    public static async Task SeedDemoDataAsync(IServiceProvider services, DemoSeed demo, CancellationToken ct)
    {
        foreach (var module in All.OrderBy(m => m.DemoDataOrder))
        {
            await module.SeedDemoDataAsync(services, demo, ct);
        }
    }

    private static void RegisterMessages()
    {
        foreach (var prefix in SharedMessagePrefixes)
        {
            Messages.Register(prefix, typeof(UiText));
        }

        foreach (var module in All)
        {
            Messages.Register(module.Prefix, module.Text);
        }
    }
}
