using System.Net;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Inspections.InspectionsTestData;

namespace Shian.Tests.Modules.Inspections.StartInspection;

[Collection(AppCollection.Name)]
public sealed class StartInspectionTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_team_of_one_is_refused_with_the_rule_code()
    {
        var (inspector, operatorId, _, team) = await SetupAsync(app);

        var response = await CreateAsync(inspector, Inspection(operatorId, team.Take(1)));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "inspections.too_few_inspectors");
        problem.GetProperty("detail").GetString()!.ShouldContain("第二十三条");
        (await CreateAsync(inspector, Inspection(operatorId, [team[0], team[0]])))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest, "the same person twice is still one inspector");
    }

    [Fact]
    public async Task An_inspector_outside_the_premises_jurisdiction_is_refused_as_team_member_and_as_caller()
    {
        var (inspector, operatorId, _, team) = await SetupAsync(app);
        var xinhuiInspector = await UserIdAsync(app, TestUsers.XinhuiInspector);

        var mixed = await CreateAsync(inspector, Inspection(operatorId, [team[0], xinhuiInspector]));
        await mixed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "inspections.inspector_not_eligible");
        var notInspector = await CreateAsync(inspector, Inspection(operatorId, [team[0], await UserIdAsync(app, TestUsers.Leader)]));
        await notInspector.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "inspections.inspector_not_eligible");

        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        await (await CreateAsync(xinhui, Inspection(operatorId, team))).ShouldBeProblemAsync(HttpStatusCode.NotFound, "inspections.operator_not_found");

        var inspection = await StartAsync(inspector, Inspection(operatorId, team));
        var id = inspection.GetProperty("id").GetGuid();
        await (await xinhui.GetAsync(InspectionsApiPaths.Inspection(id), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "inspections.not_found");
        var item = Items(inspection).First().GetProperty("id").GetGuid();
        await (await SaveItemAsync(xinhui, id, item, "conforms")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "inspections.not_found");
        using var leader = await app.ClientAsAsync(TestUsers.Leader);
        (await leader.GetAsync(InspectionsApiPaths.Inspection(id), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK, "leaders read city-wide");
        (await SaveItemAsync(leader, id, item, "conforms")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "leaders only read");
    }

    [Fact]
    public async Task Bad_input_answers_4xx_with_stable_codes()
    {
        var (inspector, operatorId, _, team) = await SetupAsync(app);

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
}
