using System.Net;
using System.Net.Http.Json;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Inspections.InspectionsTestData;

namespace Shian.Tests.Modules.Inspections.AddChecklistVersion;

[Collection(AppCollection.Name)]
public sealed class ChecklistVersionTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_new_checklist_version_does_not_change_an_existing_inspection()
    {
        var (inspector, operatorId, _, team) = await SetupAsync(app);
        var before = await StartAsync(inspector, Inspection(operatorId, team, sector: "production"));
        var beforeItems = Items(before).Select(i => i.GetProperty("text").GetString()).ToList();
        var checklistId = before.GetProperty("checklistId").GetGuid();
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var current = await (await admin.GetAsync(InspectionsApiPaths.Checklist(checklistId), Ct)).ReadJsonAsync();
        var marker = "（修订" + TestData.Token() + "）";
        var edited = current.GetProperty("items").EnumerateArray().Select(i => new
        {
            number = i.GetProperty("number").GetString(),
            area = i.GetProperty("area").GetString(),
            text = i.GetProperty("text").GetString() + marker,
            isKey = i.GetProperty("isKey").GetBoolean(),
            points = i.GetProperty("points").GetInt32(),
            citation = i.GetProperty("citation").GetString(),
        }).Take(5).ToArray();

        (await inspector.PostAsJsonAsync(InspectionsApiPaths.Checklists, new { sector = "production" }, TestData.Json, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden, "only administrators add checklist versions");
        var added = await admin.PostAsJsonAsync(
            InspectionsApiPaths.Checklists,
            new { sector = "production", title = "食品生产监督检查要点表（修订）", effectiveFrom = "2026-01-01", source = "测试修订", items = edited },
            TestData.Json, Ct);
        added.StatusCode.ShouldBe(HttpStatusCode.Created, await added.Content.ReadAsStringAsync(Ct));
        var version = (await added.ReadJsonAsync()).GetProperty("version").GetInt32();
        version.ShouldBeGreaterThan(current.GetProperty("version").GetInt32());

        var reloaded = await (await inspector.GetAsync(InspectionsApiPaths.Inspection(before.GetProperty("id").GetGuid()), Ct)).ReadJsonAsync();
        Items(reloaded).Select(i => i.GetProperty("text").GetString()).ShouldBe(beforeItems);
        reloaded.GetProperty("checklistVersion").GetInt32().ShouldBe(before.GetProperty("checklistVersion").GetInt32());
        var after = await StartAsync(inspector, Inspection(operatorId, team, sector: "production"));
        after.GetProperty("checklistVersion").GetInt32().ShouldBe(version);
        Items(after).Count().ShouldBe(5);
        Items(after).ShouldAllBe(i => i.GetProperty("text").GetString()!.EndsWith(marker, StringComparison.Ordinal));
        var older = await StartAsync(inspector, Inspection(operatorId, team, sector: "production", on: "2025-12-31"));
        older.GetProperty("checklistVersion").GetInt32().ShouldBe(before.GetProperty("checklistVersion").GetInt32(), "the version in force on the inspection day");
    }

    [Fact]
    public async Task An_administrator_copies_a_checklist_on_the_page_edits_a_line_and_saves_a_future_version()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var sales = (await (await admin.GetAsync(InspectionsApiPaths.Checklists, Ct)).ReadJsonAsync()).EnumerateArray()
            .Where(c => c.GetProperty("sector").GetString() == "sales").MaxBy(c => c.GetProperty("version").GetInt32());
        var copyUrl = $"/inspections/checklists?copy={sales.GetProperty("id").GetGuid()}";
        var page = await admin.GetPageAsync(copyUrl);
        page.ShouldContain("1.1 | 经营资质 | 重点 | 5 |");
        var marker = "测试条目" + TestData.Token();

        var bad = await admin.PostFormAsync(copyUrl, "new-version", ("Input.Sector", "sales"), ("Input.Title", "销售要点表（测试）"),
            ("Input.EffectiveFrom", "2099-01-01"), ("Input.Source", "测试"), ("Input.Lines", "1.1 | 资质 | 也许 | 5 | 内容 | 依据"));
        (await bad.ReadPageAsync()).ShouldContain("第1行格式不正确");
        var saved = await admin.PostFormAsync(copyUrl, "new-version", ("Input.Sector", "sales"), ("Input.Title", "销售要点表（测试）"),
            ("Input.EffectiveFrom", "2099-01-01"), ("Input.Source", "测试"),
            ("Input.Lines", $"1.1 | 经营资质 | 重点 | 5 | {marker} | 第十七条\n1.2 | 贮存 | 一般 | 2 | 温度达标 | 第十七条"));

        var shown = await admin.FollowRedirectAsync(saved);
        shown.ShouldContain(marker);
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);
        (await inspector.GetPageAsync("/inspections/checklists")).ShouldNotContain("复制为新版本", Case.Sensitive, "only administrators edit checklists");
    }
}
