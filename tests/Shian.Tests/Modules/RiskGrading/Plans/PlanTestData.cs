using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shian.Shared.Security;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.RiskGrading.Plans;

/// <summary>What the plan tests share: the district of 恩平 and its towns, the frequencies, its inspectors, a plan's items.</summary>
internal static class PlanTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public const string District = "440785";

    public static readonly string[] Towns = ["440785001", "440785002", "440785003"];

    public static readonly Dictionary<string, (int Min, int Max)> Frequency = new()
    {
        ["A"] = (1, 1),
        ["B"] = (1, 2),
        ["C"] = (2, 3),
        ["D"] = (3, 4),
    };

    public static int Year => DateTime.UtcNow.AddHours(8).Year;

    public static JsonElement Item(List<JsonElement> items, Guid operatorId) => items.Single(i => i.GetProperty("operatorId").GetGuid() == operatorId);

    public static async Task<List<JsonElement>> AllItemsAsync(HttpClient client, Guid planId)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var view = await (await client.GetAsync($"{RiskGradingApiPaths.Plan(planId)}?page={page}&pageSize=200", Ct)).ReadJsonAsync();
            var items = view.GetProperty("items");
            all.AddRange(items.GetProperty("items").EnumerateArray());
            if (page >= items.GetProperty("pageCount").GetInt32())
            {
                return all;
            }
        }
    }

    /// <summary>District-level inspectors of 恩平, created once per app (the plan test needs exactly these).</summary>
    public static async Task<HashSet<Guid>> CreateInspectorsAsync(ShianAppFactory app, int count)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ShianUser>>();
        var ids = new HashSet<Guid>();
        for (var i = 1; i <= count; i++)
        {
            var name = $"rg.insp{i}";
            var user = await users.FindByNameAsync(name);
            if (user is null)
            {
                user = new ShianUser { UserName = name, DisplayName = name, JurisdictionCode = District };
                (await users.CreateAsync(user, ShianAppFactory.Password)).Succeeded.ShouldBeTrue();
                await users.AddToRoleAsync(user, Roles.Inspector);
            }

            ids.Add(user.Id);
        }

        return ids;
    }
}
