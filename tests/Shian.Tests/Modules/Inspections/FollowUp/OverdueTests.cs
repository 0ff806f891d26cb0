using System.Text.Json;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Inspections.InspectionsTestData;

namespace Shian.Tests.Modules.Inspections.FollowUp;

[Collection(AppCollection.Name)]
public sealed class OverdueTests(ShianAppFactory app)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Overdue_rectifications_are_listed_for_the_inspectors_jurisdiction_only()
    {
        var (inspector, operatorId, name, team) = await SetupAsync(app);
        var inspection = await StartAsync(inspector, Inspection(operatorId, team, on: "2026-09-01"));
        var id = inspection.GetProperty("id").GetGuid();
        await FillAsync(inspector, inspection, item => !item.GetProperty("isKey").GetBoolean() && item.GetProperty("number").GetString() == "4.1");
        var signed = await (await SignAsync(inspector, id, new { measures = "限期清理积水", rectificationWorkingDays = 5, acknowledgedBy = "钱七" })).ReadJsonAsync();
        signed.GetProperty("result").GetString().ShouldBe("BasicallyConforms");
        signed.GetProperty("rectificationDueOn").GetString().ShouldBe("2026-09-08");

        using (app.Clock.TravelTo(new DateTimeOffset(2026, 9, 8, 20, 0, 0, ChinaOffset)))
        {
            (await inspector.GetStringAsync(InspectionsApiPaths.Overdue, Ct)).ShouldNotContain(id.ToString(), Case.Sensitive, "the deadline's last day is not overdue yet");
        }

        JsonElement task;
        using (app.Clock.TravelTo(new DateTimeOffset(2026, 9, 9, 9, 0, 0, ChinaOffset)))
        {
            var overdue = await (await inspector.GetAsync(InspectionsApiPaths.Overdue, Ct)).ReadJsonAsync();
            task = overdue.EnumerateArray().Single(t => t.GetProperty("inspectionId").GetGuid() == id);
            task.GetProperty("dueOn").GetString().ShouldBe("2026-09-08");
            task.GetProperty("overdue").GetBoolean().ShouldBeTrue();
            (await inspector.GetPageAsync("/inspections/overdue")).ShouldContain(name);
            using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
            (await xinhui.GetStringAsync(InspectionsApiPaths.Overdue, Ct)).ShouldNotContain(id.ToString());
        }

        // The re-inspection started from the task closes it when signed.
        var again = await StartAsync(inspector, new Dictionary<string, object?>(Inspection(operatorId, team))
        {
            ["sourceReference"] = "inspections:reinspection:" + task.GetProperty("id").GetGuid(),
        });
        await FillAsync(inspector, again);
        (await SignAsync(inspector, again.GetProperty("id").GetGuid())).EnsureSuccessStatusCode();
        (await inspector.GetStringAsync(InspectionsApiPaths.Overdue, Ct)).ShouldNotContain(id.ToString());
    }
}
