using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Inspections.InspectionsTestData;

namespace Shian.Tests.Modules.Inspections;

[Collection(AppCollection.Name)]
public sealed class InspectionsApiTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Inspector, Guid OperatorId, string Name, Guid[] Team)> SetupAsync()
    {
        var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator();
        var operatorId = await TestData.CreateOperatorAsync(inspector, body);
        return (inspector, operatorId, (string)body["name"]!, await TaishanTeamAsync(app));
    }

    private static async Task<JsonElement> StartAsync(HttpClient client, Dictionary<string, object?> body)
    {
        var response = await CreateAsync(client, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return await response.ReadJsonAsync();
    }

    [Fact]
    public async Task A_team_of_one_is_refused_with_the_rule_code()
    {
        var (inspector, operatorId, _, team) = await SetupAsync();

        var response = await CreateAsync(inspector, Inspection(operatorId, team.Take(1)));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "inspections.too_few_inspectors");
        problem.GetProperty("detail").GetString()!.ShouldContain("第二十三条");
        (await CreateAsync(inspector, Inspection(operatorId, [team[0], team[0]])))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest, "the same person twice is still one inspector");
    }

    [Fact]
    public async Task An_inspector_outside_the_premises_jurisdiction_is_refused_as_team_member_and_as_caller()
    {
        var (inspector, operatorId, _, team) = await SetupAsync();
        var xinhuiInspector = await UserIdAsync(app, TestUsers.XinhuiInspector);

        var mixed = await CreateAsync(inspector, Inspection(operatorId, [team[0], xinhuiInspector]));
        await mixed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "inspections.inspector_not_eligible");
        var notInspector = await CreateAsync(inspector, Inspection(operatorId, [team[0], await UserIdAsync(app, TestUsers.Leader)]));
        await notInspector.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "inspections.inspector_not_eligible");

        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        await (await CreateAsync(xinhui, Inspection(operatorId, team))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "inspections.operator_not_found");

        var inspection = await StartAsync(inspector, Inspection(operatorId, team));
        var id = inspection.GetProperty("id").GetGuid();
        await (await xinhui.GetAsync($"/api/v1/inspections/{id}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "inspections.not_found");
        var item = Items(inspection).First().GetProperty("id").GetGuid();
        await (await SaveItemAsync(xinhui, id, item, "conforms")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "inspections.not_found");
        using var leader = await app.ClientAsAsync(TestUsers.Leader);
        (await leader.GetAsync($"/api/v1/inspections/{id}", Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, "leaders read city-wide");
        (await SaveItemAsync(leader, id, item, "conforms")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "leaders only read");
    }

    [Fact]
    public async Task Bad_input_answers_4xx_with_stable_codes()
    {
        var (inspector, operatorId, _, team) = await SetupAsync();

        await (await CreateAsync(inspector, Inspection(operatorId, team, kind: "raid"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "inspections.unknown_kind");
        await (await CreateAsync(inspector, Inspection(operatorId, team, sector: "mining"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "inspections.unknown_sector");
        await (await CreateAsync(inspector, Inspection(operatorId, team, on: "2099-01-01"))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "inspections.future_date");
        await (await CreateAsync(inspector, new Dictionary<string, object?>())).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        await (await CreateAsync(inspector, Inspection(Guid.NewGuid(), team))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "inspections.operator_not_found");

        var inspection = await StartAsync(inspector, Inspection(operatorId, team));
        var id = inspection.GetProperty("id").GetGuid();
        var item = Items(inspection).First().GetProperty("id").GetGuid();
        await (await SaveItemAsync(inspector, id, item, "maybe")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "inspections.invalid_outcome");
        await (await SaveItemAsync(inspector, id, Guid.NewGuid(), "conforms")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "inspections.item_not_found");
        await (await SaveItemAsync(inspector, id, item, "conforms", new string('x', 1001))).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
    }

    [Fact]
    public async Task A_draft_survives_a_reload_through_the_api_and_the_phone_page_form()
    {
        var (inspector, operatorId, _, team) = await SetupAsync();
        var inspection = await StartAsync(inspector, Inspection(operatorId, team));
        var id = inspection.GetProperty("id").GetGuid();
        var items = Items(inspection).ToList();
        items.Count.ShouldBeGreaterThan(10);
        inspection.GetProperty("status").GetString().ShouldBe("Draft");

        (await SaveItemAsync(inspector, id, items[0].GetProperty("id").GetGuid(), "does_not_conform", "冷藏柜温度12℃")).EnsureSuccessStatusCode();
        var form = await inspector.PostMultipartFormAsync(
            $"/inspections/{id}/fill", $"/inspections/{id}/items/{items[1].GetProperty("id").GetGuid()}/form",
            [("outcome", "not_applicable"), ("note", "本店无专间")]);

        form.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        form.Headers.Location!.ToString().ShouldContain($"#item-{items[1].GetProperty("id").GetGuid()}");
        var reloaded = await (await inspector.GetAsync($"/api/v1/inspections/{id}", Ct)).ReadJsonAsync();
        var first = Items(reloaded).First();
        first.GetProperty("outcome").GetString().ShouldBe("does_not_conform");
        first.GetProperty("note").GetString().ShouldBe("冷藏柜温度12℃");
        Items(reloaded).ElementAt(1).GetProperty("outcome").GetString().ShouldBe("not_applicable");
        var page = await inspector.GetPageAsync($"/inspections/{id}/fill");
        page.ShouldContain("冷藏柜温度12℃");
        page.ShouldContain("本店无专间");
        page.ShouldContain("accept=\"image/*\" capture=\"environment\"");
        page.ShouldContain($"id=\"item-{items[1].GetProperty("id").GetGuid()}\"");
    }

    [Fact]
    public async Task Photos_real_images_are_kept_by_hash_and_served_only_to_staff_in_scope()
    {
        var (inspector, operatorId, _, team) = await SetupAsync();
        var inspection = await StartAsync(inspector, Inspection(operatorId, team));
        var id = inspection.GetProperty("id").GetGuid();
        var item = Items(inspection).First().GetProperty("id").GetGuid();
        var png = Png(Guid.NewGuid().ToString());

        var uploaded = await UploadAsync(inspector, id, item, png, "image/png");

        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync(Ct));
        var sha = (await uploaded.ReadJsonAsync()).GetProperty("sha256").GetString()!;
        sha.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(png)));
        var reloaded = await (await inspector.GetAsync($"/api/v1/inspections/{id}", Ct)).ReadJsonAsync();
        Items(reloaded).First().GetProperty("photoSha256").EnumerateArray().Select(e => e.GetString()).ShouldBe([sha]);
        (await inspector.GetByteArrayAsync($"/api/v1/inspections/{id}/photos/{sha}", Ct)).ShouldBe(png);

        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        (await xinhui.GetAsync($"/api/v1/inspections/{id}/photos/{sha}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var anonymous = app.AnonymousClient();
        (await anonymous.GetAsync($"/api/v1/inspections/{id}/photos/{sha}", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        await (await UploadAsync(inspector, id, item, "这不是图片"u8.ToArray(), "image/png"))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "files.type_not_allowed");
        var huge = new byte[(10 * 1024 * 1024) + 1];
        png.CopyTo(huge, 0);
        await (await UploadAsync(inspector, id, item, huge, "image/png")).ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "files.too_large");

        // The phone page's form: the same photo through multipart with the item's finding.
        var form = await inspector.PostMultipartFormAsync(
            $"/inspections/{id}/fill", $"/inspections/{id}/items/{item}/form", [("outcome", "conforms")], ("photo", Png("second"), "image/png"));
        form.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        form.Headers.Location!.ToString().ShouldNotContain("error=");
        var afterForm = await (await inspector.GetAsync($"/api/v1/inspections/{id}", Ct)).ReadJsonAsync();
        Items(afterForm).First().GetProperty("photoSha256").GetArrayLength().ShouldBe(2);
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid id, Guid item, byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return client.PostAsync($"/api/v1/inspections/{id}/items/{item}/photos", content);
    }

    [Fact]
    public async Task Sign_off_of_a_key_item_failure_derives_not_conforming_publishes_refers_and_issues_documents()
    {
        var (inspector, operatorId, name, team) = await SetupAsync();
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
        (await inspector.GetStringAsync("/api/v1/inspections/referrals", Ct)).ShouldContain(id.ToString());
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
        var publicApi = await (await anonymous.GetAsync($"/api/v1/inspections/public/{id}", Ct)).ReadJsonAsync();
        publicApi.GetProperty("result").GetString().ShouldBe("不符合");

        var result = await inspector.GetByteArrayAsync($"/api/v1/inspections/{id}/documents/result", Ct);
        var text = await ExternalTools.PdfTextAsync(result);
        text.ShouldContain(name);
        text.ShouldContain("不符合");
        text.ShouldContain("检查结果记录表");
        var qr = (await ExternalTools.PdfQrCodesAsync(result)).ShouldHaveSingleItem();
        qr.ShouldContain("/verify/document/" + signed.GetProperty("resultDocumentCode").GetString());
        (await anonymous.GetPageAsync(new Uri(qr).PathAndQuery)).ShouldContain("检查结果记录表");
        var record = await ExternalTools.PdfTextAsync(await inspector.GetByteArrayAsync($"/api/v1/inspections/{id}/documents/record", Ct));
        record.ShouldContain("现场检查笔录");
        record.ShouldContain(name);
        record.ShouldContain("李四");
    }

    [Fact]
    public async Task A_signed_inspection_cannot_be_edited_and_is_corrected_by_a_linked_amendment()
    {
        var (inspector, operatorId, _, team) = await SetupAsync();
        var inspection = await StartAsync(inspector, Inspection(operatorId, team));
        var id = inspection.GetProperty("id").GetGuid();
        await FillAsync(inspector, inspection);
        var signed = await (await SignAsync(inspector, id, new { refusedToSign = true, refusalReason = "负责人拒绝签字，两名检查人员见证" })).ReadJsonAsync();
        signed.GetProperty("result").GetString().ShouldBe("Conforms");
        signed.GetProperty("score").GetDecimal().ShouldBe(100m);
        var item = Items(signed).First().GetProperty("id").GetGuid();

        await (await SaveItemAsync(inspector, id, item, "does_not_conform")).ShouldBeProblemAsync(HttpStatusCode.Conflict, "inspections.signed_immutable");
        await (await SignAsync(inspector, id)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "inspections.signed_immutable");
        var upload = new ByteArrayContent(Png());
        upload.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        await (await inspector.PostAsync($"/api/v1/inspections/{id}/items/{item}/photos", upload, Ct)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "inspections.signed_immutable");
        var form = await inspector.PostMultipartFormAsync($"/inspections/{id}", $"/inspections/{id}/sign/form", [("acknowledgedBy", "王五")]);
        Uri.UnescapeDataString(form.Headers.Location!.ToString()).ShouldContain("不能再修改");

        var amendment = await (await inspector.PostAsJsonAsync($"/api/v1/inspections/{id}/amendments", new { reason = "检查日期笔误" }, TestData.Json, Ct)).ReadJsonAsync();
        amendment.GetProperty("status").GetString().ShouldBe("Draft");
        amendment.GetProperty("amendsInspectionId").GetGuid().ShouldBe(id);
        Items(amendment).First().GetProperty("outcome").GetString().ShouldBe("conforms");
        var original = await (await inspector.GetAsync($"/api/v1/inspections/{id}", Ct)).ReadJsonAsync();
        original.GetProperty("amendments").EnumerateArray().ShouldHaveSingleItem().GetProperty("id").GetGuid().ShouldBe(amendment.GetProperty("id").GetGuid());
        original.GetProperty("status").GetString().ShouldBe("Signed");
        original.GetProperty("refusedToSign").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Routine_inspections_must_cover_every_item_but_flying_ones_may_skip()
    {
        var (inspector, operatorId, _, team) = await SetupAsync();
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
        var (inspector, operatorId, _, team) = await SetupAsync();
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

    [Fact]
    public async Task A_new_checklist_version_does_not_change_an_existing_inspection()
    {
        var (inspector, operatorId, _, team) = await SetupAsync();
        var before = await StartAsync(inspector, Inspection(operatorId, team, sector: "production"));
        var beforeItems = Items(before).Select(i => i.GetProperty("text").GetString()).ToList();
        var checklistId = before.GetProperty("checklistId").GetGuid();
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var current = await (await admin.GetAsync($"/api/v1/inspections/checklists/{checklistId}", Ct)).ReadJsonAsync();
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

        (await inspector.PostAsJsonAsync("/api/v1/inspections/checklists", new { sector = "production" }, TestData.Json, Ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden, "only administrators add checklist versions");
        var added = await admin.PostAsJsonAsync(
            "/api/v1/inspections/checklists",
            new { sector = "production", title = "食品生产监督检查要点表（修订）", effectiveFrom = "2026-01-01", source = "测试修订", items = edited },
            TestData.Json, Ct);
        added.StatusCode.ShouldBe(HttpStatusCode.Created, await added.Content.ReadAsStringAsync(Ct));
        var version = (await added.ReadJsonAsync()).GetProperty("version").GetInt32();
        version.ShouldBeGreaterThan(current.GetProperty("version").GetInt32());

        var reloaded = await (await inspector.GetAsync($"/api/v1/inspections/{before.GetProperty("id").GetGuid()}", Ct)).ReadJsonAsync();
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
    public async Task Overdue_rectifications_are_listed_for_the_inspectors_jurisdiction_only()
    {
        var (inspector, operatorId, name, team) = await SetupAsync();
        var inspection = await StartAsync(inspector, Inspection(operatorId, team, on: "2026-09-01"));
        var id = inspection.GetProperty("id").GetGuid();
        await FillAsync(inspector, inspection, item => !item.GetProperty("isKey").GetBoolean() && item.GetProperty("number").GetString() == "4.1");
        var signed = await (await SignAsync(inspector, id, new { measures = "限期清理积水", rectificationWorkingDays = 5, acknowledgedBy = "钱七" })).ReadJsonAsync();
        signed.GetProperty("result").GetString().ShouldBe("BasicallyConforms");
        signed.GetProperty("rectificationDueOn").GetString().ShouldBe("2026-09-08");

        var overdue = await (await inspector.GetAsync("/api/v1/inspections/overdue", Ct)).ReadJsonAsync();
        var task = overdue.EnumerateArray().Single(t => t.GetProperty("inspectionId").GetGuid() == id);
        task.GetProperty("dueOn").GetString().ShouldBe("2026-09-08");
        task.GetProperty("overdue").GetBoolean().ShouldBeTrue();
        (await inspector.GetPageAsync("/inspections/overdue")).ShouldContain(name);
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        (await xinhui.GetStringAsync("/api/v1/inspections/overdue", Ct)).ShouldNotContain(id.ToString());

        // The re-inspection started from the task closes it when signed.
        var again = await StartAsync(inspector, new Dictionary<string, object?>(Inspection(operatorId, team))
        {
            ["sourceReference"] = "inspections:reinspection:" + task.GetProperty("id").GetGuid(),
        });
        await FillAsync(inspector, again);
        (await SignAsync(inspector, again.GetProperty("id").GetGuid())).EnsureSuccessStatusCode();
        (await inspector.GetStringAsync("/api/v1/inspections/overdue", Ct)).ShouldNotContain(id.ToString());
    }

    [Fact]
    public async Task Pages_render_for_the_inspector_and_the_operator_file_has_the_tab()
    {
        var (inspector, operatorId, name, team) = await SetupAsync();
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

    [Fact]
    public async Task An_administrator_copies_a_checklist_on_the_page_edits_a_line_and_saves_a_future_version()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var sales = (await (await admin.GetAsync("/api/v1/inspections/checklists", Ct)).ReadJsonAsync()).EnumerateArray()
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
