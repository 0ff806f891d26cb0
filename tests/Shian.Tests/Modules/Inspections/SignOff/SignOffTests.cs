using System.Net;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Inspections.InspectionsTestData;

namespace Shian.Tests.Modules.Inspections.SignOff;

[Collection(AppCollection.Name)]
public sealed class SignOffTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sign_off_of_a_key_item_failure_derives_not_conforming_publishes_refers_and_issues_documents()
    {
        var (inspector, operatorId, name, team) = await SetupAsync(app);
        var inspection = await StartAsync(inspector, Inspection(operatorId, team));
        var id = inspection.GetProperty("id").GetGuid();
        await FillAsync(inspector, inspection, item => item.GetProperty("isKey").GetBoolean() && item.GetProperty("number").GetString() == "8.1");

        await (await SignAsync(inspector, id, new { acknowledgedBy = "李四" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "inspections.rectification_required");
        await (await SignAsync(inspector, id, new { measures = "责令立即整改", rectificationWorkingDays = 5 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "inspections.acknowledgement_required");
        var signed = await (await SignAsync(inspector, id, new { measures = "责令立即停止使用过期原料并整改", rectificationWorkingDays = 5, acknowledgedBy = "李四" })).ReadJsonAsync();

        signed.GetProperty("status").GetString().ShouldBe("Signed");
        signed.GetProperty("result").GetString().ShouldBe("DoesNotConform");
        signed.GetProperty("keyItemsFailed").GetInt32().ShouldBe(1);
        signed.GetProperty("publishedOn").GetString().ShouldNotBeNull();
        var referral = signed.GetProperty("referrals").EnumerateArray().ShouldHaveSingleItem();
        referral.GetProperty("status").GetString().ShouldBe("pending_penalties_module");
        signed.GetProperty("tasks").EnumerateArray().ShouldHaveSingleItem().GetProperty("status").GetString().ShouldBe("open");
        (await inspector.GetStringAsync(InspectionsApiPaths.Referrals, Ct)).ShouldContain(id.ToString());
        (await inspector.GetPageAsync("/inspections/referrals")).ShouldContain("待处罚模块处理");
        (await inspector.GetPageAsync($"/inspections/{id}")).ShouldContain("待处罚模块处理");

        // InspectionCompleted's effects: the operator's timeline and the public page.
        (await inspector.GetStringAsync($"/api/v1/operators/{operatorId}/timeline", Ct)).ShouldContain("inspections.completed");
        using var anonymous = app.AnonymousClient();
        var publicPage = await anonymous.GetPageAsync($"/inspections/public/{id}");
        publicPage.ShouldContain(name);
        publicPage.ShouldContain("不符合");
        publicPage.ShouldContain("公示日期");
        publicPage.ShouldContain("法定公示期限");
        publicPage.ShouldNotContain("李四");
        publicPage.ShouldNotContain("台山执法员乙");
        publicPage.ShouldNotContain("现场发现问题");
        (await anonymous.GetPageAsync($"/inspections/public/operators/{operatorId}")).ShouldContain("不符合");
        var publicApi = await (await anonymous.GetAsync(InspectionsApiPaths.Public(id), Ct)).ReadJsonAsync();
        publicApi.GetProperty("result").GetString().ShouldBe("不符合");

        var result = await inspector.GetByteArrayAsync(InspectionsApiPaths.Document(id, "result"), Ct);
        var text = await ExternalTools.PdfTextAsync(result);
        text.ShouldContain(name);
        text.ShouldContain("不符合");
        text.ShouldContain("检查结果记录表");
        var qr = (await ExternalTools.PdfQrCodesAsync(result)).ShouldHaveSingleItem();
        qr.ShouldContain("/verify/document/" + signed.GetProperty("resultDocumentCode").GetString());
        (await anonymous.GetPageAsync(new Uri(qr).PathAndQuery)).ShouldContain("检查结果记录表");
        var record = await ExternalTools.PdfTextAsync(await inspector.GetByteArrayAsync(InspectionsApiPaths.Document(id, "record"), Ct));
        record.ShouldContain("现场检查笔录");
        record.ShouldContain(name);
        record.ShouldContain("李四");
    }

    [Fact]
    public async Task Routine_inspections_must_cover_every_item_but_flying_ones_may_skip()
    {
        var (inspector, operatorId, _, team) = await SetupAsync(app);
        var routine = await StartAsync(inspector, Inspection(operatorId, team, sector: "sales"));
        var routineId = routine.GetProperty("id").GetGuid();
        (await SaveItemAsync(inspector, routineId, Items(routine).First().GetProperty("id").GetGuid(), "conforms")).EnsureSuccessStatusCode();
        var refused = await SignAsync(inspector, routineId);
        (await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "inspections.items_incomplete"))
            .GetProperty("detail").GetString()!.ShouldContain("第二十七条");

        var flying = await StartAsync(inspector, Inspection(operatorId, team, sector: "sales", kind: "flying"));
        var flyingId = flying.GetProperty("id").GetGuid();
        await (await SignAsync(inspector, flyingId)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "inspections.items_incomplete");
        var general = Items(flying).First(i => !i.GetProperty("isKey").GetBoolean()).GetProperty("id").GetGuid();
        (await SaveItemAsync(inspector, flyingId, general, "does_not_conform", "地面积水")).EnsureSuccessStatusCode();
        var signed = await (await SignAsync(inspector, flyingId, new { measures = "当场责令清理", rectificationWorkingDays = 3, acknowledgedBy = "赵六" })).ReadJsonAsync();
        signed.GetProperty("result").GetString().ShouldBe("BasicallyConforms");
        signed.GetProperty("referrals").GetArrayLength().ShouldBe(0, "a trivial general item does not propose a case");
        signed.GetProperty("score").GetDecimal().ShouldBe(0m);
    }

    [Fact]
    public async Task Publication_deadline_counts_working_days_across_national_day()
    {
        var (inspector, operatorId, _, team) = await SetupAsync(app);
        var inspection = await StartAsync(inspector, Inspection(operatorId, team, on: "2026-09-28"));
        var id = inspection.GetProperty("id").GetGuid();
        await FillAsync(inspector, inspection);

        var signed = await (await SignAsync(inspector, id)).ReadJsonAsync();

        // 9-29, 9-30, (10-1…10-7 holiday), 10-8, 10-9, 10-10 (make-up Saturday), then 15 weekdays → 10-30.
        // Counting weekdays only would give 10-26.
        signed.GetProperty("publishBy").GetString().ShouldBe("2026-10-30");
        using var anonymous = app.AnonymousClient();
        (await anonymous.GetPageAsync($"/inspections/public/{id}")).ShouldContain("2026-10-30");
    }
}
