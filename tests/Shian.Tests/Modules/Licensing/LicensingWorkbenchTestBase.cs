using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shian.Shared.Security;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Licensing.LicensingTestData;

namespace Shian.Tests.Modules.Licensing;

/// <summary>What the reviewer and inspector workbench tests share: an operator, its enterprise user, an application under review.</summary>
public abstract class LicensingWorkbenchTestBase(ShianAppFactory app)
{
    protected ShianAppFactory App => app;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected async Task<(HttpClient Admin, Guid OperatorId)> OperatorAsync(string town = TestData.TaishanTown)
    {
        var admin = await app.ClientAsAsync(TestUsers.Admin);
        return (admin, await TestData.CreateOperatorAsync(admin, TestData.Operator(town)));
    }

    protected async Task<HttpClient> EnterpriseAsync(Guid operatorId)
    {
        var userName = "t.ent." + Guid.NewGuid().ToString("N")[..8];
        using (var scope = app.Services.CreateScope())
        {
            await TestUsers.CreateEnterpriseUserAsync(scope.ServiceProvider.GetRequiredService<UserManager<ShianUser>>(), userName, operatorId);
        }

        return await app.ClientAsAsync(userName);
    }

    /// <summary>An application that goes to review: 冷藏冷冻 is outside the commitment scope.</summary>
    protected static async Task<Guid> UnderReviewAsync(HttpClient client, Guid? operatorId)
    {
        var body = Application(operatorId);
        body["businessItems"] = new[] { "cold_chain" };
        var application = await (await ApplyAsync(client, body)).ReadJsonAsync();
        application.GetProperty("status").GetString().ShouldBe("UnderReview");
        return application.GetProperty("id").GetGuid();
    }

    protected static async Task<JsonElement?> FindInQueueAsync(HttpClient client, Guid id)
    {
        for (var page = 1; page < 100; page++)
        {
            var queue = await (await client.GetAsync($"{LicensingApiPaths.Review}?page={page}&pageSize=200", Ct)).ReadJsonAsync();
            var items = queue.GetProperty("items");
            foreach (var item in items.GetProperty("items").EnumerateArray())
            {
                if (item.GetProperty("id").GetGuid() == id)
                {
                    return item;
                }
            }

            if (page >= items.GetProperty("pageCount").GetInt32())
            {
                return null;
            }
        }

        return null;
    }
}
