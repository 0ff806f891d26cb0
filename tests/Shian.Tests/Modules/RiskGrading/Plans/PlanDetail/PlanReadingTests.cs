using System.Net;
using System.Net.Http.Json;
using System.Text;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.RiskGrading.Plans.PlanDetail;

/// <summary>Reading plans with bad input gets 4xx problems.</summary>
[Collection(AppCollection.Name)]
public sealed class PlanReadingTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bad_plan_reads_get_4xx()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await (await admin.GetAsync(RiskGradingApiPaths.Plans + "?district=123456", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "riskgrading.unknown_district");
        await (await admin.GetAsync(RiskGradingApiPaths.Plans + "?year=1999", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "riskgrading.year_out_of_range");
        await (await admin.GetAsync(RiskGradingApiPaths.Plan(Guid.NewGuid()), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "riskgrading.plan_not_found");
        using var leader = await app.ClientAsAsync(TestUsers.Leader);
        var planId = (await (await admin.PostAsJsonAsync(RiskGradingApiPaths.Plans, new { districtCode = "440783", year = PlanTestData.Year }, Ct)).ReadJsonAsync())
            .GetProperty("plan").GetProperty("id").GetGuid();
        await (await admin.GetAsync($"{RiskGradingApiPaths.Plan(planId)}?status=late", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "riskgrading.unknown_status");
        var empty = await admin.PostAsync(RiskGradingApiPaths.Plans, new StringContent("{", Encoding.UTF8, "application/json"), Ct);
        await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
