using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Shian.Hosting.DemoData;
using Shian.Shared.Security;

namespace Shian.Hosting;

/// <summary>
/// Outside Development the platform refuses to start while anything a stranger could guess is present: demo
/// data switched on, the published blind-index key, demo accounts, or an administrator whose password is the
/// published demo password. Every environment name counts (Staging, Production, a typo): only Development is
/// exempt, and harnesses that run on demo data on purpose (end-to-end tests, benchmarks) say so with
/// <c>Security:AllowDemoSecrets=true</c>, which Production ignores. Program turns the refusal into one line on
/// stderr and exit code 1.
/// </summary>
internal static class ProductionGuard
{
    public const string AllowDemoSecretsKey = "Security:AllowDemoSecrets";

    public static async Task EnsureSafeAsync(IHostEnvironment env, IConfiguration config, IServiceProvider services, CancellationToken ct)
    {
        if (env.IsDevelopment() || (!env.IsProduction() && config.GetValue<bool>(AllowDemoSecretsKey)))
        {
            return;
        }

        var problems = new List<string>();
        if (config.GetValue<bool>($"{DemoDataOptions.SectionName}:Enabled"))
        {
            problems.Add("DemoData:Enabled is true; demo data must not be seeded here (set it to false)");
        }

        var blindIndexKey = config[$"{BlindIndexOptions.SectionName}:Key"];
        if (string.IsNullOrEmpty(blindIndexKey) || blindIndexKey == BlindIndexOptions.DevelopmentKey)
        {
            problems.Add("Security:BlindIndex:Key is missing or the published development key; set a secret base64 key of 32+ random bytes");
        }

        var users = services.GetRequiredService<UserManager<ShianUser>>();
        var demoAccounts = await users.Users.Where(u => u.IsDemoAccount).Select(u => u.UserName).ToListAsync(ct);
        if (demoAccounts.Count > 0)
        {
            problems.Add($"demo accounts exist ({string.Join(", ", demoAccounts)}); delete them or change their passwords");
        }

        foreach (var admin in await users.GetUsersInRoleAsync(Roles.Administrator))
        {
            if (await users.CheckPasswordAsync(admin, DemoAccounts.Password))
            {
                problems.Add($"administrator '{admin.UserName}' still uses the published demo password");
            }
        }

        if (problems.Count > 0)
        {
            throw new StartupRefusedException(
                $"Shian refuses to start in {env.EnvironmentName}: {string.Join("; ", problems)}. " +
                "Create a real administrator with: dotnet Shian.dll create-admin --user NAME --password PASSWORD");
        }
    }
}

/// <summary>The app must not start as configured; the message says why in one line, for the operator's terminal.</summary>
internal sealed class StartupRefusedException(string message) : Exception(message);
