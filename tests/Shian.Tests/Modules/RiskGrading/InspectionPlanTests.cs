using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Inspections.Contracts;
using Shian.Shared.Security;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.RiskGrading;

/// <summary>
/// The annual plan of 恩平市 (440785, a district no other test uses): minimum frequencies per grade, priority
/// operators at the upper end, the two-year full-coverage rule, balanced inspectors, due/overdue/done, CSV export,
/// permissions and bad input.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class InspectionPlanTests(ShianAppFactory app)
{
    private const string District = "440785";
    private static readonly string[] Towns = ["440785001", "440785002", "440785003"];
    private static readonly Dictionary<string, (int Min, int Max)> Frequency = new()
    {
        ["A"] = (1, 1),
        ["B"] = (1, 2),
        ["C"] = (2, 3),
        ["D"] = (3, 4),
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int Year => DateTime.UtcNow.AddHours(8).Year;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task The_plan_meets_every_minimum_covers_the_not_fully_inspected_balances_inspectors_and_tracks_what_is_done()
    {
        var inspectors = await CreateInspectorsAsync(3);
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var plain = new List<Guid>();
        for (var i = 0; i < 14; i++)
        {
            plain.Add(await TestData.CreateOperatorAsync(admin, RiskGradingApiTests.NewOperator(Towns[i % 3])));
        }

        var canteen = await TestData.CreateOperatorAsync(admin, RiskGradingApiTests.NewOperator(Towns[0], "school_canteen", "PublicInstitution"));
        var kitchen = await TestData.CreateOperatorAsync(admin, RiskGradingApiTests.NewOperator(Towns[1], "central_kitchen"));
        var risky = await TestData.CreateOperatorAsync(admin, RiskGradingApiTests.NewOperator(Towns[2]));
        var worst = await TestData.CreateOperatorAsync(admin, RiskGradingApiTests.NewOperator(Towns[2]));
        await RiskGradingApiTests.RaiseAsync(app,
            RiskGradingApiTests.Inspection(risky, Towns[2], InspectionResult.DoesNotConform, 4, 0, Today.AddDays(-30)),
            RiskGradingApiTests.Inspection(worst, Towns[2], InspectionResult.DoesNotConform, 4, 0, Today.AddDays(-30)),
            new Shian.Modules.Sampling.Contracts.SamplingFailed(Guid.NewGuid(), worst, "city", "熟肉制品", Today.AddDays(-20)));

        // Last year: a full (routine) inspection for plain[0], only a flying one for plain[1].
        var lastYear = new DateOnly(Year - 1, 6, 1);
        await RiskGradingApiTests.RaiseAsync(app,
            RiskGradingApiTests.Inspection(plain[0], Towns[0], InspectionResult.Conforms, 0, 0, lastYear),
            RiskGradingApiTests.Inspection(plain[1], Towns[1], InspectionResult.Conforms, 0, 0, lastYear, "flying"));
        // This year: plain[2] inspected once (done), risky once of its two.
        await RiskGradingApiTests.RaiseAsync(app,
            RiskGradingApiTests.Inspection(plain[2], Towns[2], InspectionResult.Conforms, 0, 0, Today.AddDays(-2)));

        var response = await admin.PostAsJsonAsync("/api/v1/riskgrading/plans", new { districtCode = District, year = Year }, Ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var planId = (await response.ReadJsonAsync()).GetProperty("plan").GetProperty("id").GetGuid();
        var items = await AllItemsAsync(admin, planId);

        items.Count.ShouldBeGreaterThanOrEqualTo(18);
        foreach (var item in items)
        {
            var (min, max) = Frequency[item.GetProperty("grade").GetString()!];
            item.GetProperty("requiredInspections").GetInt32().ShouldBe(item.GetProperty("priority").GetBoolean() ? max : min);
            item.GetProperty("inspectorUserId").ValueKind.ShouldNotBe(JsonValueKind.Null);
        }

        Item(items, plain[3]).GetProperty("requiredInspections").GetInt32().ShouldBe(1);         // A
        Item(items, canteen).GetProperty("grade").GetString().ShouldBe("B");
        Item(items, canteen).GetProperty("requiredInspections").GetInt32().ShouldBe(1);          // B minimum
        Item(items, kitchen).GetProperty("priority").GetBoolean().ShouldBeTrue();                // 中央厨房 → upper end
        Item(items, kitchen).GetProperty("requiredInspections").GetInt32().ShouldBe(Frequency[Item(items, kitchen).GetProperty("grade").GetString()!].Max);
        Item(items, risky).GetProperty("grade").GetString().ShouldBe("C");                       // 23 + 27
        Item(items, risky).GetProperty("requiredInspections").GetInt32().ShouldBe(2);
        Item(items, worst).GetProperty("grade").GetString().ShouldBe("D");                       // 23 + 27 + 15, trader D → priority
        Item(items, worst).GetProperty("requiredInspections").GetInt32().ShouldBe(4);

        Item(items, plain[0]).GetProperty("fullCoverageRequired").GetBoolean().ShouldBeFalse();
        Item(items, plain[1]).GetProperty("fullCoverageRequired").GetBoolean().ShouldBeTrue();  // flying inspections do not cover all points
        Item(items, plain[3]).GetProperty("fullCoverageRequired").GetBoolean().ShouldBeTrue();

        Item(items, plain[2]).GetProperty("status").GetString().ShouldBe("done");
        Item(items, plain[3]).GetProperty("status").GetString().ShouldBe("due"); // one a year, due by 31 Dec
        Item(items, risky).GetProperty("done").GetInt32().ShouldBe(1);
        if (Today > new DateOnly(Year, 6, 30))
        {
            Item(items, worst).GetProperty("status").GetString().ShouldBe("overdue"); // 4 a year: one due by 31 Mar
        }

        var loads = items.Where(i => inspectors.Contains(i.GetProperty("inspectorUserId").GetGuid()))
            .GroupBy(i => i.GetProperty("inspectorUserId").GetGuid())
            .Select(g => g.Sum(i => i.GetProperty("requiredInspections").GetInt32())).ToList();
        loads.Count.ShouldBe(3);
        (loads.Max() - loads.Min()).ShouldBeLessThanOrEqualTo(1, string.Join(",", loads));

        var view = await (await admin.GetAsync($"/api/v1/riskgrading/plans/{planId}", Ct)).ReadJsonAsync();
        // Other tests add inspectors to the same district in the shared app, so count only this test's three.
        view.GetProperty("workload").EnumerateArray()
            .Count(w => w.GetProperty("inspectorUserId").ValueKind == System.Text.Json.JsonValueKind.String
                && inspectors.Contains(w.GetProperty("inspectorUserId").GetGuid()))
            .ShouldBe(3);
        (view.GetProperty("due").GetInt32() + view.GetProperty("overdue").GetInt32() + view.GetProperty("done").GetInt32()).ShouldBe(items.Count);
        var done = await (await admin.GetAsync($"/api/v1/riskgrading/plans/{planId}?status=done", Ct)).ReadJsonAsync();
        done.GetProperty("items").GetProperty("items").EnumerateArray().ShouldContain(i => i.GetProperty("operatorId").GetGuid() == plain[2]);

        // An inspection completed after generation counts at once.
        await RiskGradingApiTests.RaiseAsync(app, RiskGradingApiTests.Inspection(plain[4], Towns[1], InspectionResult.Conforms, 0, 0, Today));
        Item(await AllItemsAsync(admin, planId), plain[4]).GetProperty("status").GetString().ShouldBe("done");

        // Regenerating replaces the plan rather than adding a second one.
        (await admin.PostAsJsonAsync("/api/v1/riskgrading/plans", new { districtCode = District, year = Year }, Ct)).EnsureSuccessStatusCode();
        var plans = await (await admin.GetAsync($"/api/v1/riskgrading/plans?district={District}&year={Year}", Ct)).ReadJsonAsync();
        plans.GetArrayLength().ShouldBe(1);

        var pageHtml = await admin.GetStringAsync($"/riskgrading/plans/{plans[0].GetProperty("id").GetGuid()}", Ct);
        pageHtml.ShouldContain("执法人员工作量");
        pageHtml.ShouldContain("rg.insp");
    }

    [Fact]
    public async Task The_csv_export_opens_in_a_spreadsheet_with_Chinese_headers()
    {
        await CreateInspectorsAsync(1);
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await TestData.CreateOperatorAsync(admin, RiskGradingApiTests.NewOperator(Towns[0]));
        var planId = (await (await admin.PostAsJsonAsync("/api/v1/riskgrading/plans", new { districtCode = District, year = Year + 1 }, Ct)).ReadJsonAsync())
            .GetProperty("plan").GetProperty("id").GetGuid();

        var response = await admin.GetAsync($"/api/v1/riskgrading/plans/{planId}/export.csv", Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(l => l.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        lines[0].ShouldStartWith("统一社会信用代码,经营者名称");
        var plan = await (await admin.GetAsync($"/api/v1/riskgrading/plans/{planId}", Ct)).ReadJsonAsync();
        (lines.Count - 1).ShouldBe(plan.GetProperty("plan").GetProperty("operatorCount").GetInt32());
    }

    [Fact]
    public async Task Only_administrators_and_leaders_generate_and_staff_read_only_their_district()
    {
        using var leader = await app.ClientAsAsync(TestUsers.Leader);
        var created = await leader.PostAsJsonAsync("/api/v1/riskgrading/plans", new { districtCode = "440784", year = Year }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var planId = (await created.ReadJsonAsync()).GetProperty("plan").GetProperty("id").GetGuid();

        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        await (await taishan.PostAsJsonAsync("/api/v1/riskgrading/plans", new { districtCode = "440781", year = Year }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        await (await xinhui.GetAsync($"/api/v1/riskgrading/plans/{planId}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "riskgrading.plan_not_found");
        await (await xinhui.GetAsync($"/api/v1/riskgrading/plans/{planId}/export.csv", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "riskgrading.plan_not_found");
        (await (await xinhui.GetAsync("/api/v1/riskgrading/plans", Ct)).ReadJsonAsync()).EnumerateArray()
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
        var response = await admin.PostAsJsonAsync("/api/v1/riskgrading/plans", new { districtCode = district, year = year == 2026 ? Year : year }, Ct);
        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task Bad_plan_reads_get_4xx()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await (await admin.GetAsync("/api/v1/riskgrading/plans?district=123456", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "riskgrading.unknown_district");
        await (await admin.GetAsync("/api/v1/riskgrading/plans?year=1999", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "riskgrading.year_out_of_range");
        await (await admin.GetAsync($"/api/v1/riskgrading/plans/{Guid.NewGuid()}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "riskgrading.plan_not_found");
        using var leader = await app.ClientAsAsync(TestUsers.Leader);
        var planId = (await (await leader.PostAsJsonAsync("/api/v1/riskgrading/plans", new { districtCode = "440783", year = Year }, Ct)).ReadJsonAsync())
            .GetProperty("plan").GetProperty("id").GetGuid();
        await (await admin.GetAsync($"/api/v1/riskgrading/plans/{planId}?status=late", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "riskgrading.unknown_status");
        var empty = await admin.PostAsync("/api/v1/riskgrading/plans", new StringContent("{", Encoding.UTF8, "application/json"), Ct);
        await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private static JsonElement Item(List<JsonElement> items, Guid operatorId) => items.Single(i => i.GetProperty("operatorId").GetGuid() == operatorId);

    private static async Task<List<JsonElement>> AllItemsAsync(HttpClient client, Guid planId)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var view = await (await client.GetAsync($"/api/v1/riskgrading/plans/{planId}?page={page}&pageSize=200", Ct)).ReadJsonAsync();
            var items = view.GetProperty("items");
            all.AddRange(items.GetProperty("items").EnumerateArray());
            if (page >= items.GetProperty("pageCount").GetInt32())
            {
                return all;
            }
        }
    }

    /// <summary>District-level inspectors of 恩平, created once per app (the plan test needs exactly these).</summary>
    private async Task<HashSet<Guid>> CreateInspectorsAsync(int count)
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
