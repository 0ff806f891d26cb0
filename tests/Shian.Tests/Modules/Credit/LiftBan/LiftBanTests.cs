using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Credit.Contracts;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Credit.LiftBan;

/// <summary>Lifting a ban ends it from that date.</summary>
[Collection(AppCollection.Name)]
public sealed class LiftBanTests(ShianAppFactory app)
{
    private async Task<BanFinding?> FindBanAsync(string idNumber, DateOnly on)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ICreditChecks>().FindBanAsync(Shian.Shared.Kernel.Identifiers.ResidentIdNumber.Parse(idNumber), on, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Lifting_a_ban_ends_it_from_that_date()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var idNumber = TestData.NewIdNumber();
        var created = await (await admin.PostAsJsonAsync(CreditApiPaths.Bans, new
        {
            personName = "赵六",
            idNumber,
            reason = "终身禁业",
            decision = "决定书",
            bannedFrom = "2020-01-01",
        })).ReadJsonAsync();

        var lift = await admin.PostAsJsonAsync(CreditApiPaths.LiftBan(created.GetProperty("id").GetGuid()), new { on = "2026-03-01", reason = "判决撤销" });

        lift.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await FindBanAsync(idNumber, new DateOnly(2026, 2, 28))).ShouldNotBeNull();
        (await FindBanAsync(idNumber, new DateOnly(2026, 3, 1))).ShouldBeNull();
    }
}
