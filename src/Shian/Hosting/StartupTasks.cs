using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shian.Hosting.DemoData;
using Shian.Modules.Administration;
using Shian.Modules.Inspections;
using Shian.Modules.RiskGrading;
using Shian.Shared.Persistence;

namespace Shian.Hosting;

/// <summary>What happens once before the app serves: migrate, seed reference data, guard production, demo data.</summary>
internal static class StartupTasks
{
    public static async Task RunAsync(WebApplication app, CancellationToken ct = default)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            if (services.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
            {
                await services.GetRequiredService<ShianDbContext>().Database.MigrateAsync(ct);
            }

            await AdministrationModule.SeedReferenceDataAsync(services, ct);
            await InspectionsModule.SeedChecklistsAsync(services, ct);
            await ProductionGuard.EnsureSafeAsync(app.Environment, app.Configuration, services, ct);

            var demo = app.Configuration.GetSection(DemoDataOptions.SectionName).Get<DemoDataOptions>() ?? new DemoDataOptions();
            if (demo.Enabled)
            {
                if (await services.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(demo, progress: null, ct))
                {
                    // Seeding writes operators directly (no registration events), so grade them once here.
                    await RiskGradingModule.GradeUngradedAsync(services, progress: null, ct);
                }

                // Sample inspections signed through the real sign-off, so grades, the portal and files have content.
                await InspectionsModule.SeedDemoInspectionsAsync(services, demo.Seed, ct);
            }
        }

        app.Lifetime.ApplicationStarted.Register(() => LoginHints.Print(app));
    }
}
