using System.Net;
using System.Net.Http.Json;
using System.Text;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.RiskGrading.Plans.ExportPlan;

/// <summary>The plan as CSV: UTF-8 with a BOM, Chinese headers, one line per operator.</summary>
[Collection(AppCollection.Name)]
public sealed class PlanCsvTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_csv_export_opens_in_a_spreadsheet_with_Chinese_headers()
    {
        await PlanTestData.CreateInspectorsAsync(app, 1);
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await TestData.CreateOperatorAsync(admin, RiskGradingTestData.NewOperator(PlanTestData.Towns[0]));
        var planId = (await (await admin.PostAsJsonAsync(RiskGradingApiPaths.Plans, new { districtCode = PlanTestData.District, year = PlanTestData.Year + 1 }, Ct)).ReadJsonAsync())
            .GetProperty("plan").GetProperty("id").GetGuid();

        var response = await admin.GetAsync(RiskGradingApiPaths.PlanExport(planId), Ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(l => l.Split('\n', StringSplitOptions.RemoveEmptyEntries)).ToList();
        lines[0].ShouldStartWith("统一社会信用代码,经营者名称");
        var plan = await (await admin.GetAsync(RiskGradingApiPaths.Plan(planId), Ct)).ReadJsonAsync();
        (lines.Count - 1).ShouldBe(plan.GetProperty("plan").GetProperty("operatorCount").GetInt32());
    }
}
