using System.Net;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Inspections.InspectionsTestData;

namespace Shian.Tests.Modules.Inspections.ViewInspection;

[Collection(AppCollection.Name)]
public sealed class InspectionPagesTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_render_for_the_inspector_and_the_operator_file_has_the_tab()
    {
        var (inspector, operatorId, name, team) = await SetupAsync(app);
        var inspection = await StartAsync(inspector, Inspection(operatorId, team));
        var id = inspection.GetProperty("id").GetGuid();

        (await inspector.GetPageAsync($"/operators/{operatorId}?tab=inspections")).ShouldContain(inspection.GetProperty("number").GetString()!);
        (await inspector.GetPageAsync("/inspections")).ShouldContain(name);
        (await inspector.GetPageAsync($"/inspections/new?operatorId={operatorId}")).ShouldContain("台山执法员乙");
        (await inspector.GetPageAsync($"/inspections/{id}")).ShouldContain("签署确认");
        (await inspector.GetPageAsync("/inspections/checklists")).ShouldContain("餐饮服务监督检查要点表");

        var created = await inspector.PostMultipartFormAsync(
            $"/inspections/new?operatorId={operatorId}", "/inspections/new/form",
            [("operatorId", operatorId.ToString()), ("kind", "special"), ("sector", "catering"), ("inspectedOn", "2026-11-02"),
             ("inspector", team[0].ToString()), ("inspector", team[1].ToString())]);
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        created.Headers.Location!.ToString().ShouldEndWith("/fill");
        var oneOnly = await inspector.PostMultipartFormAsync(
            $"/inspections/new?operatorId={operatorId}", "/inspections/new/form",
            [("operatorId", operatorId.ToString()), ("kind", "special"), ("sector", "catering"), ("inspectedOn", "2026-11-02"), ("inspector", team[0].ToString())]);
        Uri.UnescapeDataString(oneOnly.Headers.Location!.ToString()).ShouldContain("检查人员不得少于2人");
    }
}
