using System.Net;
using System.Net.Http.Json;
using Shian.Shared.Kernel;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.RandomChecks.RandomChecksFixture;

namespace Shian.Tests.Modules.RandomChecks.Conflicts;

/// <summary>Who is not drawn for an operator: a recent inspector (rule window) and a declared conflict of interest.</summary>
[Collection(AppCollection.Name)]
public sealed class RecusalTests(ShianAppFactory app)
{
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
        await RaiseInspectionAsync(app, operators[1].Id, town, [recused, Guid.NewGuid()], app.Clock.ChinaToday().AddMonths(-2));
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
        await RaiseInspectionAsync(app, operators[0].Id, town, [inspectors[0].Id, inspectors[1].Id], app.Clock.ChinaToday().AddMonths(-13));
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
        var declared = await declaring.PostAsJsonAsync(RandomChecksApiPaths.Conflicts, new { operatorId = operators[0].Id, reason = "该经营者负责人为本人亲属" }, TestData.Json, Ct);
        declared.StatusCode.ShouldBe(HttpStatusCode.Created, await declared.Content.ReadAsStringAsync(Ct));
        await (await declaring.PostAsJsonAsync(RandomChecksApiPaths.Conflicts, new { operatorId = operators[0].Id, inspectorUserId = inspectors[1].Id, reason = "代他人申报" }, TestData.Json, Ct))
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
        var round = (await (await anonymous.GetAsync(RandomChecksApiPaths.Public(failing), Ct)).ReadJsonAsync()).GetProperty("rounds")[0];
        round.GetProperty("status").GetString().ShouldBe("Failed");
        round.GetProperty("seed").GetString().ShouldNotBeNull();
        round.GetProperty("recomputation").GetProperty("drawMatches").GetBoolean().ShouldBeTrue();
    }
}
