using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shian.Hosting.DemoData;
using Shian.Shared.Security;

namespace Shian.Hosting;

/// <summary>
/// In Production the platform refuses to start while anything a stranger could guess is present: demo data
/// switched on, demo accounts, or an administrator whose password is the published demo password.
/// </summary>
internal static class ProductionGuard
{
    public static async Task EnsureSafeAsync(IHostEnvironment env, IConfiguration config, IServiceProvider services, CancellationToken ct)
    {
        if (!env.IsProduction())
        {
            return;
        }

        var problems = new List<string>();
        if (config.GetValue<bool>($"{DemoDataOptions.SectionName}:Enabled"))
        {
            problems.Add("DemoData:Enabled is true; demo data must not be seeded in Production (set it to false).");
        }

        var blindIndexKey = config[$"{BlindIndexOptions.SectionName}:Key"];
        if (string.IsNullOrEmpty(blindIndexKey) || blindIndexKey == BlindIndexOptions.DevelopmentKey)
        {
            problems.Add("Security:BlindIndex:Key is the published development key; set a secret base64 key of 32+ random bytes.");
        }

        var users = services.GetRequiredService<UserManager<ShianUser>>();
        var demoAccounts = await users.Users.Where(u => u.IsDemoAccount).Select(u => u.UserName).ToListAsync(ct);
        if (demoAccounts.Count > 0)
        {
            problems.Add($"demo accounts exist ({string.Join(", ", demoAccounts)}); delete them or change their passwords.");
        }

        foreach (var admin in await users.GetUsersInRoleAsync(Roles.Administrator))
        {
            if (await users.CheckPasswordAsync(admin, DemoAccounts.Password))
            {
                problems.Add($"administrator '{admin.UserName}' still uses the published demo password.");
            }
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                "Shian refuses to start in Production:\n - " + string.Join("\n - ", problems) +
                "\nCreate a real administrator with: dotnet Shian.dll create-admin --user NAME --password PASSWORD");
        }
    }
}
