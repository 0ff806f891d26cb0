using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Shian.Hosting.DemoData;
using Shian.Shared.Modules;
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

            await ModuleCatalog.SeedReferenceDataAsync(services, ct);
            await ProductionGuard.EnsureSafeAsync(app.Environment, app.Configuration, services, ct);

            var demo = app.Configuration.GetSection(DemoDataOptions.SectionName).Get<DemoDataOptions>() ?? new DemoDataOptions();
            if (demo.Enabled)
            {
                var operatorsSeeded = await services.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(demo, progress: null, ct);
                await ModuleCatalog.SeedDemoDataAsync(services, new DemoSeed(demo.Seed, operatorsSeeded), ct);
            }
        }

        app.Lifetime.ApplicationStarted.Register(() => LoginHints.Print(app));
    }
}
