using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shian.Modules.Inspections.Contracts;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.RiskGrading.Plans.GeneratePlan;

/// <summary>
/// The annual plan of 恩平市 (440785, a district no other test uses): minimum frequencies per grade, priority
/// operators at the upper end, the two-year full-coverage rule, balanced inspectors, due/overdue/done, permissions
/// and bad requests.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class GeneratePlanTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => RiskGradingTestData.Today(app);

    [Fact]
    public async Task The_plan_meets_every_minimum_covers_the_not_fully_inspected_balances_inspectors_and_tracks_what_is_done()
    {
        var inspectors = await PlanTestData.CreateInspectorsAsync(app, 3);
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var plain = new List<Guid>();
        for (var i = 0; i < 14; i++)
        {
            plain.Add(await TestData.CreateOperatorAsync(admin, RiskGradingTestData.NewOperator(PlanTestData.Towns[i % 3])));
        }

        var canteen = await TestData.CreateOperatorAsync(admin, RiskGradingTestData.NewOperator(PlanTestData.Towns[0], "school_canteen", "PublicInstitution"));
        var kitchen = await TestData.CreateOperatorAsync(admin, RiskGradingTestData.NewOperator(PlanTestData.Towns[1], "central_kitchen"));
        var risky = await TestData.CreateOperatorAsync(admin, RiskGradingTestData.NewOperator(PlanTestData.Towns[2]));
        var worst = await TestData.CreateOperatorAsync(admin, RiskGradingTestData.NewOperator(PlanTestData.Towns[2]));
        await RiskGradingTestData.RaiseAsync(app,
            RiskGradingTestData.Inspection(risky, PlanTestData.Towns[2], InspectionResult.DoesNotConform, 4, 0, Today.AddDays(-30)),
            RiskGradingTestData.Inspection(worst, PlanTestData.Towns[2], InspectionResult.DoesNotConform, 4, 0, Today.AddDays(-30)),
            new Shian.Modules.Sampling.Contracts.SamplingFailed(Guid.NewGuid(), worst, "city", "熟肉制品", Today.AddDays(-20)));

        // Last year: a full (routine) inspection for plain[0], only a flying one for plain[1].
        var lastYear = new DateOnly(PlanTestData.Year - 1, 6, 1);
        await RiskGradingTestData.RaiseAsync(app,
            RiskGradingTestData.Inspection(plain[0], PlanTestData.Towns[0], InspectionResult.Conforms, 0, 0, lastYear),
            RiskGradingTestData.Inspection(plain[1], PlanTestData.Towns[1], InspectionResult.Conforms, 0, 0, lastYear, "flying"));
        // This year: plain[2] inspected once (done), risky once of its two.
        await RiskGradingTestData.RaiseAsync(app,
            RiskGradingTestData.Inspection(plain[2], PlanTestData.Towns[2], InspectionResult.Conforms, 0, 0, Today.AddDays(-2)));

        var response = await admin.PostAsJsonAsync(RiskGradingApiPaths.Plans, new { districtCode = PlanTestData.District, year = PlanTestData.Year }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var planId = (await response.ReadJsonAsync()).GetProperty("plan").GetProperty("id").GetGuid();
        var items = await PlanTestData.AllItemsAsync(admin, planId);

        items.Count.ShouldBeGreaterThanOrEqualTo(18);
        foreach (var item in items)
        {
            var (min, max) = PlanTestData.Frequency[item.GetProperty("grade").GetString()!];
            item.GetProperty("requiredInspections").GetInt32().ShouldBe(item.GetProperty("priority").GetBoolean() ? max : min);
            item.GetProperty("inspectorUserId").ValueKind.ShouldNotBe(JsonValueKind.Null);
        }

        PlanTestData.Item(items, plain[3]).GetProperty("requiredInspections").GetInt32().ShouldBe(1);         // A
        PlanTestData.Item(items, canteen).GetProperty("grade").GetString().ShouldBe("B");
        PlanTestData.Item(items, canteen).GetProperty("requiredInspections").GetInt32().ShouldBe(1);          // B minimum
        PlanTestData.Item(items, kitchen).GetProperty("priority").GetBoolean().ShouldBeTrue();                // 中央厨房 → upper end
        PlanTestData.Item(items, kitchen).GetProperty("requiredInspections").GetInt32().ShouldBe(PlanTestData.Frequency[PlanTestData.Item(items, kitchen).GetProperty("grade").GetString()!].Max);
        PlanTestData.Item(items, risky).GetProperty("grade").GetString().ShouldBe("C");                       // 23 + 27
        PlanTestData.Item(items, risky).GetProperty("requiredInspections").GetInt32().ShouldBe(2);
        PlanTestData.Item(items, worst).GetProperty("grade").GetString().ShouldBe("D");                       // 23 + 27 + 15, trader D → priority
        PlanTestData.Item(items, worst).GetProperty("requiredInspections").GetInt32().ShouldBe(4);

        PlanTestData.Item(items, plain[0]).GetProperty("fullCoverageRequired").GetBoolean().ShouldBeFalse();
        PlanTestData.Item(items, plain[1]).GetProperty("fullCoverageRequired").GetBoolean().ShouldBeTrue();  // flying inspections do not cover all points
        PlanTestData.Item(items, plain[3]).GetProperty("fullCoverageRequired").GetBoolean().ShouldBeTrue();

        PlanTestData.Item(items, plain[2]).GetProperty("status").GetString().ShouldBe("done");
        PlanTestData.Item(items, plain[3]).GetProperty("status").GetString().ShouldBe("due"); // one a year, due by 31 Dec
        PlanTestData.Item(items, risky).GetProperty("done").GetInt32().ShouldBe(1);
        if (Today > new DateOnly(PlanTestData.Year, 6, 30))
        {
            PlanTestData.Item(items, worst).GetProperty("status").GetString().ShouldBe("overdue"); // 4 a year: one due by 31 Mar
        }

        var loads = items.Where(i => inspectors.Contains(i.GetProperty("inspectorUserId").GetGuid()))
            .GroupBy(i => i.GetProperty("inspectorUserId").GetGuid())
            .Select(g => g.Sum(i => i.GetProperty("requiredInspections").GetInt32())).ToList();
        loads.Count.ShouldBe(3);
        (loads.Max() - loads.Min()).ShouldBeLessThanOrEqualTo(1, string.Join(",", loads));

        var view = await (await admin.GetAsync(RiskGradingApiPaths.Plan(planId), Ct)).ReadJsonAsync();
        // Other tests add inspectors to the same district in the shared app, so count only this test's three.
        view.GetProperty("workload").EnumerateArray()
            .Count(w => w.GetProperty("inspectorUserId").ValueKind == System.Text.Json.JsonValueKind.String
                && inspectors.Contains(w.GetProperty("inspectorUserId").GetGuid()))
            .ShouldBe(3);
        (view.GetProperty("due").GetInt32() + view.GetProperty("overdue").GetInt32() + view.GetProperty("done").GetInt32()).ShouldBe(items.Count);
        var done = await (await admin.GetAsync($"{RiskGradingApiPaths.Plan(planId)}?status=done", Ct)).ReadJsonAsync();
        done.GetProperty("items").GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("operatorId").GetGuid() == plain[2]);

        // An inspection completed after generation counts at once.
        await RiskGradingTestData.RaiseAsync(app, RiskGradingTestData.Inspection(plain[4], PlanTestData.Towns[1], InspectionResult.Conforms, 0, 0, Today));
        PlanTestData.Item(await PlanTestData.AllItemsAsync(admin, planId), plain[4]).GetProperty("status").GetString().ShouldBe("done");

        // Regenerating replaces the plan rather than adding a second one.
        (await admin.PostAsJsonAsync(RiskGradingApiPaths.Plans, new { districtCode = PlanTestData.District, year = PlanTestData.Year }, Ct)).EnsureSuccessStatusCode();
        var plans = await (await admin.GetAsync($"{RiskGradingApiPaths.Plans}?district={PlanTestData.District}&year={PlanTestData.Year}", Ct)).ReadJsonAsync();
        plans.GetArrayLength().ShouldBe(1);

        var pageHtml = await admin.GetStringAsync($"/riskgrading/plans/{plans[0].GetProperty("id").GetGuid()}", Ct);
        pageHtml.ShouldContain("执法人员工作量");
        pageHtml.ShouldContain("rg.insp");
    }

    [Fact]
    public async Task Only_administrators_generate_and_staff_read_only_their_district()
    {
        // The leader is read-only oversight (DESIGN: watches the targets, reads briefings): reads plans, makes none.
        using var leader = await app.ClientAsAsync(TestUsers.Leader);
        await (await leader.PostAsJsonAsync(RiskGradingApiPaths.Plans, new { districtCode = "440784", year = PlanTestData.Year }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var created = await admin.PostAsJsonAsync(RiskGradingApiPaths.Plans, new { districtCode = "440784", year = PlanTestData.Year }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var planId = (await created.ReadJsonAsync()).GetProperty("plan").GetProperty("id").GetGuid();
        (await leader.GetAsync(RiskGradingApiPaths.Plan(planId), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        await (await taishan.PostAsJsonAsync(RiskGradingApiPaths.Plans, new { districtCode = "440781", year = PlanTestData.Year }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        await (await xinhui.GetAsync(RiskGradingApiPaths.Plan(planId), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "riskgrading.plan_not_found");
        await (await xinhui.GetAsync(RiskGradingApiPaths.PlanExport(planId), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "riskgrading.plan_not_found");
        (await (await xinhui.GetAsync(RiskGradingApiPaths.Plans, Ct)).ReadJsonAsync()).EnumerateArray()
            .ShouldAllBe(p => p.GetProperty("districtCode").GetString() == "440705");
    }

    [Theory]
    [InlineData("999999", 2026, "riskgrading.unknown_district")]
    [InlineData("440700", 2026, "riskgrading.unknown_district")]   // the city is not a district
    [InlineData("440785", 2099, "riskgrading.year_out_of_range")]
    [InlineData("440785", 2015, "request.validation_failed")]
    [InlineData("4407", 2026, "request.validation_failed")]
    [InlineData(null, 2026, "request.validation_failed")]
    public async Task Bad_plan_requests_get_400(string? district, int year, string code)
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var response = await admin.PostAsJsonAsync(RiskGradingApiPaths.Plans, new { districtCode = district, year = year == 2026 ? PlanTestData.Year : year }, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
    }
}
