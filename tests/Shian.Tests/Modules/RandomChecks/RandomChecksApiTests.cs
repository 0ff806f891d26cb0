using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Audit.Contracts;
using Shian.Modules.Inspections.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Security;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.RandomChecks.RandomChecksFixture;

namespace Shian.Tests.Modules.RandomChecks;

[Collection(AppCollection.Name)]
public sealed class RandomChecksApiTests(ShianAppFactory app)
{
    [Fact]
    public async Task Commit_then_draw_publishes_a_commitment_reveals_the_seed_and_anyone_can_recompute_the_same_draw()
    {
        const string town = "440783001";
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var operators = await OperatorsAsync(admin, town, 4);
        await InspectorsAsync(app, 2);
        var taskId = await CreateTaskAsync(admin, Task(town, proportion: 50m));
        using var anonymous = app.AnonymousClient();

        await (await anonymous.GetAsync($"/api/v1/randomchecks/public/{taskId}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "randomchecks.task_not_found");
        (await anonymous.GetAsync($"/randomchecks/public/{taskId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var round = await (await CommitAsync(admin, taskId)).ReadJsonAsync();
        var commitment = round.GetProperty("commitment").GetString()!;
        commitment.ShouldMatch("^[0-9a-f]{64}$");
        round.GetProperty("seed").ValueKind.ShouldBe(JsonValueKind.Null);
        round.GetProperty("poolSize").GetInt32().ShouldBe(4);
        round.GetProperty("targetsToDraw").GetInt32().ShouldBe(2);

        var beforeDraw = await (await anonymous.GetAsync($"/api/v1/randomchecks/public/{taskId}", Ct)).ReadJsonAsync();
        var published = beforeDraw.GetProperty("rounds")[0];
        published.GetProperty("commitment").GetString().ShouldBe(commitment);
        published.GetProperty("seed").ValueKind.ShouldBe(JsonValueKind.Null);
        published.GetProperty("poolPreview").EnumerateArray().Select(c => c.GetString()).Order().ShouldBe(operators.Select(o => o.Code).Order());
        var pageBefore = await anonymous.GetPageAsync($"/randomchecks/public/{taskId}");
        pageBefore.ShouldContain(commitment);
        pageBefore.ShouldContain("抽取前保密");
        (await VerificationAsync(anonymous, taskId)).GetProperty("rounds")[0].GetProperty("seed").ValueKind.ShouldBe(JsonValueKind.Null);

        (await DrawAsync(admin, taskId)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await (await anonymous.GetAsync($"/api/v1/randomchecks/public/{taskId}", Ct)).ReadJsonAsync();
        var drawnRound = after.GetProperty("rounds")[0];
        var seed = drawnRound.GetProperty("seed").GetString()!;
        Convert.ToHexStringLower(SHA256.HashData(Convert.FromHexString(seed))).ShouldBe(commitment);
        var recompute = drawnRound.GetProperty("recomputation");
        recompute.GetProperty("seedMatchesCommitment").GetBoolean().ShouldBeTrue();
        recompute.GetProperty("poolMatchesHash").GetBoolean().ShouldBeTrue();
        recompute.GetProperty("drawMatches").GetBoolean().ShouldBeTrue();
        var targets = after.GetProperty("targets").EnumerateArray().ToList();
        targets.Count.ShouldBe(2);
        targets.ShouldAllBe(t => t.GetProperty("inspectors").GetArrayLength() == 2);
        var pageAfter = await anonymous.GetPageAsync($"/randomchecks/public/{taskId}");
        pageAfter.ShouldContain(seed);
        pageAfter.ShouldContain("data-recompute=\"match\"");

        // Each drawn inspector sees the targets in their own list, with the source reference the inspection must carry.
        var drawn = Drawn(await VerificationAsync(anonymous, taskId));
        foreach (var id in drawn.Values.SelectMany(v => v).Distinct())
        {
            using var inspector = await app.ClientAsAsync(await UserNameAsync(app, Guid.Parse(id)));
            var mine = await (await inspector.GetAsync("/api/v1/randomchecks/assignments/mine", Ct)).ReadJsonAsync();
            var items = mine.GetProperty("items").EnumerateArray().Where(a => a.GetProperty("taskId").GetGuid() == taskId).ToList();
            items.Select(a => a.GetProperty("creditCode").GetString()!).Order().ShouldBe(drawn.Where(d => d.Value.Contains(id)).Select(d => d.Key).Order());
            items.ShouldAllBe(a => a.GetProperty("sourceReference").GetString() == $"randomchecks:{taskId}");
            (await inspector.GetPageAsync("/randomchecks/assignments")).ShouldContain(items[0].GetProperty("creditCode").GetString()!);
        }

        // The standalone script recomputes the same draw from the JSON alone, and notices a forged seed.
        var json = await anonymous.GetStringAsync($"/api/v1/randomchecks/tasks/{taskId}/verification", Ct);
        (await RunVerifierAsync(json)).ShouldContain("round 1: MATCH");
        var forged = json.Replace(seed, seed[..63] + (seed[63] == '0' ? '1' : '0'), StringComparison.Ordinal);
        (await Should.ThrowAsync<InvalidOperationException>(() => RunVerifierAsync(forged))).Message.ShouldContain("exited 1");
    }

    [Fact]
    public async Task After_commit_the_pool_and_parameters_are_frozen_and_a_second_draw_is_refused()
    {
        const string town = "440783002";
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var operators = await OperatorsAsync(admin, town, 3);
        await InspectorsAsync(app, 2);
        var body = Task(town);
        var taskId = await CreateTaskAsync(admin, body);
        body["name"] = "改名前可以";
        (await admin.PutJsonAsync($"/api/v1/randomchecks/tasks/{taskId}", body)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CommitAsync(admin, taskId)).StatusCode.ShouldBe(HttpStatusCode.Created);

        body["proportion"] = 50m;
        await (await admin.PutJsonAsync($"/api/v1/randomchecks/tasks/{taskId}", body)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "randomchecks.frozen");
        var late = await OperatorsAsync(admin, town, 1);
        (await DrawAsync(admin, taskId)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var verification = await VerificationAsync(admin, taskId);
        var pool = verification.GetProperty("rounds")[0].GetProperty("targets").EnumerateArray().Select(c => c.GetString()).ToList();
        pool.Order().ShouldBe(operators.Select(o => o.Code).Order());
        pool.ShouldNotContain(late[0].Code);
        Drawn(verification).Keys.Order().ShouldBe(operators.Select(o => o.Code).Order());
        var task = await (await admin.GetAsync($"/api/v1/randomchecks/tasks/{taskId}", Ct)).ReadJsonAsync();
        task.GetProperty("proportion").GetDecimal().ShouldBe(100m);
        await (await DrawAsync(admin, taskId)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "randomchecks.already_drawn");
    }

    [Fact]
    public async Task A_redraw_needs_a_reason_creates_a_new_commitment_and_every_round_stays_public_and_audited()
    {
        const string town = "440783003";
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await OperatorsAsync(admin, town, 3);
        await InspectorsAsync(app, 2);
        var taskId = await CreateTaskAsync(admin, Task(town, proportion: null, count: 2));
        var first = await (await CommitAsync(admin, taskId)).ReadJsonAsync();
        (await DrawAsync(admin, taskId)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await CommitAsync(admin, taskId)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "randomchecks.reason_required");
        await (await CommitAsync(admin, taskId, "   ")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "randomchecks.reason_required");
        var second = await (await CommitAsync(admin, taskId, "抽中对象已注销，重新抽取")).ReadJsonAsync();
        second.GetProperty("number").GetInt32().ShouldBe(2);
        second.GetProperty("commitment").GetString().ShouldNotBe(first.GetProperty("commitment").GetString());
        (await DrawAsync(admin, taskId)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var anonymous = app.AnonymousClient();
        var published = await (await anonymous.GetAsync($"/api/v1/randomchecks/public/{taskId}", Ct)).ReadJsonAsync();
        var rounds = published.GetProperty("rounds").EnumerateArray().ToList();
        rounds.Select(r => r.GetProperty("status").GetString()).ShouldBe(["Superseded", "Drawn"]);
        rounds[1].GetProperty("reason").GetString().ShouldBe("抽中对象已注销，重新抽取");
        rounds.ShouldAllBe(r => r.GetProperty("seed").GetString() != null && r.GetProperty("recomputation").GetProperty("drawMatches").GetBoolean());
        published.GetProperty("targets").GetArrayLength().ShouldBe(2);
        (await anonymous.GetPageAsync($"/randomchecks/public/{taskId}")).ShouldContain("抽中对象已注销，重新抽取");
        (await RunVerifierAsync(await anonymous.GetStringAsync($"/api/v1/randomchecks/tasks/{taskId}/verification", Ct))).ShouldContain("round 2: MATCH");

        var staffView = await (await admin.GetAsync($"/api/v1/randomchecks/tasks/{taskId}", Ct)).ReadJsonAsync();
        var roundIds = staffView.GetProperty("rounds").EnumerateArray().Select(r => r.GetProperty("id").GetGuid().ToString()).ToList();
        using var scope = app.Services.CreateScope();
        var ledger = await scope.ServiceProvider.GetRequiredService<IAuditTrail>().ForEntitiesAsync(roundIds, new PageRequest(1, 50), Ct);
        ledger.Items.Count(e => e.Action == "Insert").ShouldBe(2);
        ledger.Items.Count(e => e.Action == "Update").ShouldBeGreaterThanOrEqualTo(3); // drawn, superseded, drawn
    }

    [Fact]
    public async Task An_inspector_who_inspected_the_operator_recently_is_not_drawn_for_it()
    {
        // 恩平 (440785): only this test posts inspectors there, three of them.
        const string town = "440785001";
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var operators = await OperatorsAsync(admin, town, 3);
        var inspectors = await InspectorsAsync(app, 3, "440785");
        var recused = inspectors[0].Id;
        // The second inspector of that inspection is posted elsewhere (not in 开平's pool), so only one pair is frozen.
        await RaiseInspectionAsync(app, operators[1].Id, town, [recused, Guid.NewGuid()], Today().AddMonths(-2));
        var everyone = await InspectorCountAsync(app, "440785");

        // Every operator drawn, each with all inspectors but one: whoever may be drawn for operator 1 is drawn for it.
        var taskId = await CreateTaskAsync(admin, Task(town, perTarget: everyone - 1));
        var round = await (await CommitAsync(admin, taskId)).ReadJsonAsync();
        round.GetProperty("recusalCount").GetInt32().ShouldBe(1);
        (await DrawAsync(admin, taskId)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var verification = await VerificationAsync(admin, taskId);
        verification.GetProperty("rounds")[0].GetProperty("recusals").EnumerateArray().Select(r => r.GetString())
            .ShouldContain($"{operators[1].Code} {Id(recused)}");
        var drawn = Drawn(verification);
        drawn[operators[1].Code].ShouldNotContain(Id(recused));
        drawn[operators[1].Code].Count.ShouldBe(everyone - 1);
    }

    [Fact]
    public async Task An_inspection_older_than_the_recusal_window_does_not_recuse()
    {
        // 蓬江 (440703): only this test posts inspectors there.
        const string town = "440703001";
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var operators = await OperatorsAsync(admin, town, 1);
        var inspectors = await InspectorsAsync(app, 2, "440703");
        await RaiseInspectionAsync(app, operators[0].Id, town, [inspectors[0].Id, inspectors[1].Id], Today().AddMonths(-13));
        var taskId = await CreateTaskAsync(admin, Task(town, perTarget: await InspectorCountAsync(app, "440703")));

        (await (await CommitAsync(admin, taskId)).ReadJsonAsync()).GetProperty("recusalCount").GetInt32().ShouldBe(0);
        (await DrawAsync(admin, taskId)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_declared_conflict_recuses_and_a_target_without_enough_inspectors_fails_the_draw_in_public()
    {
        // 江海 (440704): only this test posts inspectors there, three of them.
        const string town = "440704001";
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var operators = await OperatorsAsync(admin, town, 2);
        var inspectors = await InspectorsAsync(app, 3, "440704");
        using var declaring = await app.ClientAsAsync(inspectors[0].UserName);
        var declared = await declaring.PostAsJsonAsync("/api/v1/randomchecks/conflicts", new { operatorId = operators[0].Id, reason = "该经营者负责人为本人亲属" }, TestData.Json, Ct);
        declared.StatusCode.ShouldBe(HttpStatusCode.Created, await declared.Content.ReadAsStringAsync(Ct));
        await (await declaring.PostAsJsonAsync("/api/v1/randomchecks/conflicts", new { operatorId = operators[0].Id, inspectorUserId = inspectors[1].Id, reason = "代他人申报" }, TestData.Json, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "randomchecks.not_an_inspector");
        var everyone = await InspectorCountAsync(app, "440704");

        var ok = await CreateTaskAsync(admin, Task(town, perTarget: everyone - 1));
        (await CommitAsync(admin, ok)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await DrawAsync(admin, ok)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var drawn = Drawn(await VerificationAsync(admin, ok));
        drawn[operators[0].Code].ShouldNotContain(Id(inspectors[0].Id));
        drawn[operators[0].Code].Count.ShouldBe(everyone - 1);

        // All inspectors per target: operator 0 cannot get a full team. The draw fails, says why, and shows its seed.
        var failing = await CreateTaskAsync(admin, Task(town, perTarget: everyone));
        (await CommitAsync(admin, failing)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var problem = await (await DrawAsync(admin, failing)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "randomchecks.not_enough_inspectors");
        problem.GetProperty("detail").GetString()!.ShouldContain(operators[0].Code);
        using var anonymous = app.AnonymousClient();
        var round = (await (await anonymous.GetAsync($"/api/v1/randomchecks/public/{failing}", Ct)).ReadJsonAsync()).GetProperty("rounds")[0];
        round.GetProperty("status").GetString().ShouldBe("Failed");
        round.GetProperty("seed").GetString().ShouldNotBeNull();
        round.GetProperty("recomputation").GetProperty("drawMatches").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task A_completed_inspection_from_the_task_closes_the_target_with_a_publication_date_in_working_days()
    {
        const string town = "440783007";
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var operators = await OperatorsAsync(admin, town, 2);
        var inspectors = await InspectorsAsync(app, 2);
        var taskId = await CreateTaskAsync(admin, Task(town));
        (await CommitAsync(admin, taskId)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await DrawAsync(admin, taskId)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var drawn = Drawn(await VerificationAsync(admin, taskId));
        var team = drawn[operators[0].Code].Select(Guid.Parse).ToList();

        // 2026-09-30 (Wed) + 20 working days skips the National Day week and counts Saturday 10-10 (调休): 2026-11-03;
        // a plain weekday count would give 2026-10-28.
        await RaiseInspectionAsync(app, operators[0].Id, town, team, new DateOnly(2026, 9, 30), $"randomchecks:{taskId}", InspectionResult.BasicallyConforms);
        await RaiseInspectionAsync(app, operators[1].Id, town, team, new DateOnly(2026, 9, 30), $"randomchecks:{Guid.NewGuid()}");

        using var anonymous = app.AnonymousClient();
        var targets = (await (await anonymous.GetAsync($"/api/v1/randomchecks/public/{taskId}", Ct)).ReadJsonAsync()).GetProperty("targets").EnumerateArray().ToList();
        var done = targets.Single(t => t.GetProperty("creditCode").GetString() == operators[0].Code);
        done.GetProperty("status").GetString().ShouldBe("Done");
        done.GetProperty("result").GetString().ShouldBe("BasicallyConforms");
        done.GetProperty("publishBy").GetString().ShouldBe("2026-11-03");
        targets.Single(t => t.GetProperty("creditCode").GetString() == operators[1].Code).GetProperty("status").GetString().ShouldBe("Open");
        (await anonymous.GetPageAsync($"/randomchecks/public/{taskId}")).ShouldContain("基本符合");
    }

    [Theory]
    [InlineData("0", null, "request.validation_failed")]
    [InlineData(null, 0, "request.validation_failed")]
    [InlineData("100.5", null, "request.validation_failed")]
    [InlineData("-5", null, "request.validation_failed")]
    [InlineData(null, null, "randomchecks.proportion_or_count")]
    [InlineData("10", 5, "randomchecks.proportion_or_count")]
    public async Task Bad_proportion_or_count_is_refused_with_a_clear_400(string? proportion, int? count, string code)
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var body = Task("440783008", proportion is null ? null : decimal.Parse(proportion, System.Globalization.CultureInfo.InvariantCulture), count);

        await (await admin.PostAsJsonAsync("/api/v1/randomchecks/tasks", body, TestData.Json, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task More_than_the_pool_an_empty_pool_too_small_a_team_and_no_inspectors_are_clear_4xx()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await OperatorsAsync(admin, "440783009", 2);
        await InspectorsAsync(app, 2);
        var tooMany = await CreateTaskAsync(admin, Task("440783009", proportion: null, count: 3));
        await (await CommitAsync(admin, tooMany)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "randomchecks.count_exceeds_pool");
        await (await DrawAsync(admin, tooMany)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "randomchecks.not_committed");

        var empty = await CreateTaskAsync(admin, Task("440783010"));
        await (await CommitAsync(admin, empty)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "randomchecks.empty_pool");

        await (await admin.PostAsJsonAsync("/api/v1/randomchecks/tasks", Task("440783009", perTarget: 1), TestData.Json, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "randomchecks.team_too_small");

        // 鹤山 (440784) has no inspectors at all in the tests.
        await OperatorsAsync(admin, "440784001", 1);
        var noInspectors = await CreateTaskAsync(admin, Task("440784001"));
        await (await CommitAsync(admin, noInspectors)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "randomchecks.not_enough_inspectors");

        await (await admin.PostAsJsonAsync("/api/v1/randomchecks/tasks", Task("449999001"), TestData.Json, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "randomchecks.unknown_jurisdiction");
        var huge = Task("440783009");
        huge["name"] = new string('长', 5000);
        await (await admin.PostAsJsonAsync("/api/v1/randomchecks/tasks", huge, TestData.Json, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await CommitAsync(admin, Guid.NewGuid())).ShouldBeProblemAsync(HttpStatusCode.NotFound, "randomchecks.task_not_found");
    }

    [Fact]
    public async Task Wrong_role_and_wrong_jurisdiction_are_refused()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await OperatorsAsync(admin, "440783011", 2);
        await InspectorsAsync(app, 2);
        var taskId = await CreateTaskAsync(admin, Task("440783011"));
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        using var anonymous = app.AnonymousClient();

        await (await taishan.PostAsJsonAsync("/api/v1/randomchecks/tasks", Task("440781001"), TestData.Json, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await CommitAsync(taishan, taskId)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await DrawAsync(anonymous, taskId)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await taishan.GetAsync($"/api/v1/randomchecks/tasks/{taskId}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "randomchecks.task_not_found");
        await (await admin.GetAsync("/api/v1/randomchecks/assignments/mine", Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        // A Xinhui administrator may run draws in Xinhui only.
        var name = "t.rc.admin." + TestData.Token().ToLowerInvariant();
        await StaffAsync(app, name, Roles.Administrator, "440705");
        using var xinhuiAdmin = await app.ClientAsAsync(name);
        await (await xinhuiAdmin.PostAsJsonAsync("/api/v1/randomchecks/tasks", Task("440783011"), TestData.Json, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "randomchecks.out_of_scope");
        await (await CommitAsync(xinhuiAdmin, taskId)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "randomchecks.task_not_found");
        (await xinhuiAdmin.PostAsJsonAsync("/api/v1/randomchecks/tasks", Task(TestData.XinhuiOtherTown), TestData.Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var list = await (await xinhuiAdmin.GetAsync("/api/v1/randomchecks/tasks", Ct)).ReadJsonAsync();
        list.GetProperty("items").EnumerateArray().ShouldAllBe(t => t.GetProperty("jurisdictionCode").GetString()!.StartsWith("440705"));
    }

    [Fact]
    public async Task Staff_pages_create_commit_and_draw_a_task()
    {
        const string town = "440783012";
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await OperatorsAsync(admin, town, 2);
        await InspectorsAsync(app, 2);
        var name = "页面任务" + TestData.Token();

        var created = await admin.PostFormAsync("/randomchecks/new", "task",
            ("Input.Name", name), ("Input.JurisdictionCode", town), ("Input.Category", Category), ("Input.Proportion", "100"), ("Input.InspectorsPerTarget", "2"));
        var taskPage = await admin.FollowRedirectAsync(created);
        taskPage.ShouldContain(name);
        taskPage.ShouldContain("公布承诺值并冻结名录");
        var url = created.Headers.Location!.ToString();

        (await (await admin.PostFormAsync(url, "commit")).ReadPageAsync()).ShouldContain("承诺值已公布");
        var drawnPage = await (await admin.PostFormAsync(url, "draw")).ReadPageAsync();
        drawnPage.ShouldContain("抽取完成");
        (await admin.GetPageAsync("/randomchecks")).ShouldContain(name);
        var tooSmall = await (await admin.PostFormAsync("/randomchecks/new", "task",
            ("Input.Name", name), ("Input.JurisdictionCode", town), ("Input.Proportion", "10"), ("Input.InspectorsPerTarget", "1"))).ReadPageAsync();
        tooSmall.ShouldContain("每户检查人员不得少于2人");
    }

    private static DateOnly Today() => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
}
