using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shian.Hosting.DemoData;
using Shian.Modules.RiskGrading;
using Shian.Shared.Persistence;
using Shian.Shared.Security;

namespace Shian.Hosting;

/// <summary>
/// Commands that run instead of the web server: <c>migrate</c>, <c>seed [--scale small|city] [--seed N]</c>,
/// <c>create-admin --user NAME --password PASSWORD</c>.
/// </summary>
internal static class CommandLine
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        var command = args.FirstOrDefault(a => !a.StartsWith('-') && !a.Contains('='));
        if (command is not ("migrate" or "seed" or "create-admin"))
        {
            return false;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<ShianDbContext>().Database.MigrateAsync();
        await ModuleCatalog.SeedReferenceDataAsync(services, default);
        switch (command)
        {
            case "seed":
                var options = new DemoDataOptions
                {
                    Enabled = true,
                    Scale = Option(args, "--scale") ?? "small",
                    Seed = int.TryParse(Option(args, "--seed"), out var seed) ? seed : DemoDataOptions.DefaultSeed,
                };
                var progress = new Progress<DemoDataProgress>(p =>
                    Console.Write($"\r  {p.Stage,-12} {p.Done,7:N0} / {p.Total,7:N0}  {100.0 * p.Done / Math.Max(1, p.Total),5:F1}%"));
                var created = await services.GetRequiredService<DemoDataSeeder>().SeedIfEmptyAsync(options, progress, default);
                Console.WriteLine(created ? $"\nSeeded the '{options.Scale}' data set (seed {options.Seed})." : "Database already has operators; nothing seeded.");
                if (created)
                {
                    var graded = await RiskGradingModule.GradeUngradedAsync(
                        services, new Progress<string>(p => Console.Write($"\r  risk grades {p,-24}")), default);
                    Console.WriteLine($"\nGraded {graded:N0} operators (risk grading).");
                }
                break;
            case "create-admin":
                await CreateAdminAsync(services, Option(args, "--user"), Option(args, "--password"));
                break;
            default:
                Console.WriteLine("Database migrated.");
                break;
        }

        return true;
    }

    private static async Task CreateAdminAsync(IServiceProvider services, string? userName, string? password)
    {
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrWhiteSpace(password))
        {
            throw new ArgumentException("create-admin needs --user NAME --password PASSWORD");
        }

        var users = services.GetRequiredService<UserManager<ShianUser>>();
        var city = (await services.GetRequiredService<Modules.Administration.Contracts.IJurisdictionDirectory>().AllAsync(default)).First(j => j.Level == Modules.Administration.Contracts.JurisdictionLevels.City);
        var user = new ShianUser { UserName = userName, DisplayName = userName, JurisdictionCode = city.Code };
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(IdentityMessages.Translate)));
        }

        await users.AddToRoleAsync(user, Roles.Administrator);
        Console.WriteLine($"Administrator '{userName}' created.");
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
