using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Audit.Contracts;
using Shian.Shared.Kernel;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.RandomChecks.RandomChecksFixture;

namespace Shian.Tests.Modules.RandomChecks.Draw;

/// <summary>Commit (freeze the pool, publish the seed hash), draw, re-draw, and the refusals on the way.</summary>
[Collection(AppCollection.Name)]
public sealed class CommitAndDrawTests(ShianAppFactory app)
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

        await (await anonymous.GetAsync(RandomChecksApiPaths.Public(taskId), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "randomchecks.task_not_found");
        (await anonymous.GetAsync(RandomChecksApiPaths.PublicPage(taskId), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var round = await (await CommitAsync(admin, taskId)).ReadJsonAsync();
        var commitment = round.GetProperty("commitment").GetString()!;
        commitment.ShouldMatch("^[0-9a-f]{64}$");
        round.GetProperty("seed").ValueKind.ShouldBe(JsonValueKind.Null);
        round.GetProperty("poolSize").GetInt32().ShouldBe(4);
        round.GetProperty("targetsToDraw").GetInt32().ShouldBe(2);

        var beforeDraw = await (await anonymous.GetAsync(RandomChecksApiPaths.Public(taskId), Ct)).ReadJsonAsync();
        var published = beforeDraw.GetProperty("rounds")[0];
        published.GetProperty("commitment").GetString().ShouldBe(commitment);
        published.GetProperty("seed").ValueKind.ShouldBe(JsonValueKind.Null);
        published.GetProperty("poolPreview").EnumerateArray().Select(c => c.GetString()).Order().ShouldBe(operators.Select(o => o.Code).Order());
        var pageBefore = await anonymous.GetPageAsync(RandomChecksApiPaths.PublicPage(taskId));
        pageBefore.ShouldContain(commitment);
        pageBefore.ShouldContain("抽取前保密");
        (await VerificationAsync(anonymous, taskId)).GetProperty("rounds")[0].GetProperty("seed").ValueKind.ShouldBe(JsonValueKind.Null);

        (await DrawAsync(admin, taskId)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await (await anonymous.GetAsync(RandomChecksApiPaths.Public(taskId), Ct)).ReadJsonAsync();
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
        var pageAfter = await anonymous.GetPageAsync(RandomChecksApiPaths.PublicPage(taskId));
        pageAfter.ShouldContain(seed);
        pageAfter.ShouldContain("data-recompute=\"match\"");

        // Each drawn inspector sees the targets in their own list, with the source reference the inspection must carry.
        var drawn = Drawn(await VerificationAsync(anonymous, taskId));
        foreach (var id in drawn.Values.SelectMany(v => v).Distinct())
        {
            using var inspector = await app.ClientAsAsync(await UserNameAsync(app, Guid.Parse(id)));
            var mine = await (await inspector.GetAsync(RandomChecksApiPaths.MyAssignments, Ct)).ReadJsonAsync();
            var items = mine.GetProperty("items").EnumerateArray().Where(a => a.GetProperty("taskId").GetGuid() == taskId).ToList();
            items.Select(a => a.GetProperty("creditCode").GetString()!).Order().ShouldBe(drawn.Where(d => d.Value.Contains(id)).Select(d => d.Key).Order());
            items.ShouldAllBe(a => a.GetProperty("sourceReference").GetString() == $"randomchecks:{taskId}");
            (await inspector.GetPageAsync(RandomChecksApiPaths.MyAssignmentsPage)).ShouldContain(items[0].GetProperty("creditCode").GetString()!);
        }

        // The standalone script recomputes the same draw from the JSON alone, and notices a forged seed.
        var json = await anonymous.GetStringAsync(RandomChecksApiPaths.Verification(taskId), Ct);
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
        (await admin.PutJsonAsync(RandomChecksApiPaths.Task(taskId), body)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await CommitAsync(admin, taskId)).StatusCode.ShouldBe(HttpStatusCode.Created);

        body["proportion"] = 50m;
        await (await admin.PutJsonAsync(RandomChecksApiPaths.Task(taskId), body)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "randomchecks.frozen");
        var late = await OperatorsAsync(admin, town, 1);
        (await DrawAsync(admin, taskId)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var verification = await VerificationAsync(admin, taskId);
        var pool = verification.GetProperty("rounds")[0].GetProperty("targets").EnumerateArray().Select(c => c.GetString()).ToList();
        pool.Order().ShouldBe(operators.Select(o => o.Code).Order());
        pool.ShouldNotContain(late[0].Code);
        Drawn(verification).Keys.Order().ShouldBe(operators.Select(o => o.Code).Order());
        var task = await (await admin.GetAsync(RandomChecksApiPaths.Task(taskId), Ct)).ReadJsonAsync();
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
        var published = await (await anonymous.GetAsync(RandomChecksApiPaths.Public(taskId), Ct)).ReadJsonAsync();
        var rounds = published.GetProperty("rounds").EnumerateArray().ToList();
        rounds.Select(r => r.GetProperty("status").GetString()).ShouldBe(["Superseded", "Drawn"]);
        rounds[1].GetProperty("reason").GetString().ShouldBe("抽中对象已注销，重新抽取");
        rounds.ShouldAllBe(r => r.GetProperty("seed").GetString() != null && r.GetProperty("recomputation").GetProperty("drawMatches").GetBoolean());
        published.GetProperty("targets").GetArrayLength().ShouldBe(2);
        (await anonymous.GetPageAsync(RandomChecksApiPaths.PublicPage(taskId))).ShouldContain("抽中对象已注销，重新抽取");
        (await RunVerifierAsync(await anonymous.GetStringAsync(RandomChecksApiPaths.Verification(taskId), Ct))).ShouldContain("round 2: MATCH");

        var staffView = await (await admin.GetAsync(RandomChecksApiPaths.Task(taskId), Ct)).ReadJsonAsync();
        var roundIds = staffView.GetProperty("rounds").EnumerateArray().Select(r => r.GetProperty("id").GetGuid().ToString()).ToList();
        using var scope = app.Services.CreateScope();
        var ledger = await scope.ServiceProvider.GetRequiredService<IAuditTrail>().ForEntitiesAsync(roundIds, new PageRequest(1, 50), Ct);
        ledger.Items.Count(e => e.Action == "Insert").ShouldBe(2);
        ledger.Items.Count(e => e.Action == "Update").ShouldBeGreaterThanOrEqualTo(3); // drawn, superseded, drawn
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

        await (await admin.PostAsJsonAsync(RandomChecksApiPaths.Tasks, Task("440783009", perTarget: 1), TestData.Json, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "randomchecks.team_too_small");

        // 鹤山 (440784) has no inspectors at all in the tests.
        await OperatorsAsync(admin, "440784001", 1);
        var noInspectors = await CreateTaskAsync(admin, Task("440784001"));
        await (await CommitAsync(admin, noInspectors)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "randomchecks.not_enough_inspectors");

        await (await admin.PostAsJsonAsync(RandomChecksApiPaths.Tasks, Task("449999001"), TestData.Json, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "randomchecks.unknown_jurisdiction");
        var huge = Task("440783009");
        huge["name"] = new string('长', 5000);
        await (await admin.PostAsJsonAsync(RandomChecksApiPaths.Tasks, huge, TestData.Json, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        await (await CommitAsync(admin, Guid.NewGuid())).ShouldBeProblemAsync(HttpStatusCode.NotFound, "randomchecks.task_not_found");
    }
}
