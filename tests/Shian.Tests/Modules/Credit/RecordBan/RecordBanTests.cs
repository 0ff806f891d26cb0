using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Credit.Contracts;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Credit.RecordBan;

/// <summary>Recording a ban: found by ID number only while in force, never listed in clear; who may record it; bad input.</summary>
[Collection(AppCollection.Name)]
public sealed class RecordBanTests(ShianAppFactory app)
{
    private async Task<BanFinding?> FindBanAsync(string idNumber, DateOnly on)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ICreditChecks>().FindBanAsync(Shian.Shared.Kernel.Identifiers.ResidentIdNumber.Parse(idNumber), on, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_recorded_ban_is_found_by_id_number_only_while_in_force_and_the_number_is_never_listed_in_clear()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var idNumber = TestData.NewIdNumber();

        var created = await admin.PostAsJsonAsync(CreditApiPaths.Bans, new
        {
            personName = "王五",
            idNumber,
            reason = "因食品安全犯罪被判处有期徒刑",
            decision = "江门市市场监督管理局 江市监罚〔2025〕12号",
            bannedFrom = "2025-01-01",
            bannedUntil = "2030-01-01",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Created);

        (await FindBanAsync(idNumber, new DateOnly(2026, 6, 1))).ShouldNotBeNull().Decision.ShouldContain("江市监罚");
        (await FindBanAsync(idNumber, new DateOnly(2024, 12, 31))).ShouldBeNull();
        (await FindBanAsync(idNumber, new DateOnly(2030, 1, 1))).ShouldBeNull();
        (await FindBanAsync(TestData.NewIdNumber(), new DateOnly(2026, 6, 1))).ShouldBeNull();
        var list = await admin.GetStringAsync(CreditApiPaths.Bans);
        list.ShouldNotContain(idNumber);
        list.ShouldContain(idNumber[..4] + "**********" + idNumber[^4..]);
    }

    [Fact]
    public async Task Inspectors_may_read_but_not_change_the_lists_and_bad_input_is_refused()
    {
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        (await inspector.GetAsync(CreditApiPaths.Bans)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await inspector.PostAsJsonAsync(CreditApiPaths.Bans, new { personName = "x" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var bad = await admin.PostAsJsonAsync(CreditApiPaths.Bans, new { personName = "李四", idNumber = "12345", reason = "r", decision = "d", bannedFrom = "2025-01-01" });
        var problem = await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        problem.GetProperty("errors").TryGetProperty("idNumber", out _).ShouldBeTrue();
        var period = await admin.PostAsJsonAsync(CreditApiPaths.Bans, new
        {
            personName = "李四",
            idNumber = TestData.NewIdNumber(),
            reason = "r",
            decision = "d",
            bannedFrom = "2025-01-01",
            bannedUntil = "2024-01-01",
        });
        await period.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "credit.ban_period_invalid");
    }
}
