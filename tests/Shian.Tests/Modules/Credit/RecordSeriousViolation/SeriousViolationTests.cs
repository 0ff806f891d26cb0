using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Credit.Contracts;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Credit.RecordSeriousViolation;

/// <summary>A listed entity is found by credit code (any case) until it is removed.</summary>
[Collection(AppCollection.Name)]
public sealed class SeriousViolationTests(ShianAppFactory app)
{
    [Fact]
    public async Task Serious_violation_listing_is_found_by_credit_code_until_removed()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var code = TestData.NewCreditCode();
        var created = await (await admin.PostAsJsonAsync(CreditApiPaths.SeriousViolations, new
        {
            creditCode = code,
            entityName = "江门市某食品有限公司",
            reason = "生产经营病死畜禽肉",
            decision = "粤市监〔2025〕3号",
            listedOn = "2025-05-01",
        })).ReadJsonAsync();
        using var scope = app.Services.CreateScope();
        var checks = scope.ServiceProvider.GetRequiredService<ICreditChecks>();

        (await checks.FindSeriousViolationAsync(code.ToLowerInvariant(), new DateOnly(2026, 1, 1), TestContext.Current.CancellationToken)).ShouldNotBeNull();
        await admin.PostAsJsonAsync(CreditApiPaths.RemoveSeriousViolation(created.GetProperty("id").GetGuid()), new { on = "2026-02-01", reason = "信用修复" });
        (await checks.FindSeriousViolationAsync(code, new DateOnly(2026, 2, 1), TestContext.Current.CancellationToken)).ShouldBeNull();
    }
}
