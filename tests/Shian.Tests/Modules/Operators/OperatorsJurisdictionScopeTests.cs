using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Operators;

/// <summary>Staff below city level read and change only their own district or town; city staff see everything.</summary>
[Collection(AppCollection.Name)]
public sealed class OperatorsJurisdictionScopeTests(ShianAppFactory app)
{
    [Fact]
    public async Task Taishan_inspector_cannot_list_read_or_change_a_Xinhui_operator()
    {
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var name = "新会隔离测试" + TestData.Token();
        var body = TestData.Operator(TestData.XinhuiTown, name);
        var id = await TestData.CreateOperatorAsync(xinhui, body);
        var before = await app.CountRowsAsync();

        var list = await (await taishan.GetAsync($"/api/v1/operators?q={name}")).ReadJsonAsync();
        list.GetProperty("totalCount").GetInt32().ShouldBe(0);
        var byCode = await (await taishan.GetAsync($"/api/v1/operators?q={body["creditCode"]}")).ReadJsonAsync();
        byCode.GetProperty("totalCount").GetInt32().ShouldBe(0);
        await (await taishan.GetAsync($"/api/v1/operators/{id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "operators.not_found");
        await (await taishan.GetAsync($"/api/v1/operators/{id}/timeline")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "operators.not_found");
        await (await taishan.GetAsync($"/api/v1/operators/{id}/audit")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "operators.not_found");
        var reveal = await taishan.PostAsJsonAsync($"/api/v1/operators/{id}/personal-data", new { purpose = "越权查看" });
        await reveal.ShouldBeProblemAsync(HttpStatusCode.NotFound, "operators.not_found");
        var changed = new Dictionary<string, object?>(body) { ["name"] = "越权修改" };
        await (await taishan.PutJsonAsync($"/api/v1/operators/{id}", changed)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "operators.not_found");

        (await app.CountRowsAsync()).ShouldBe(before);
        var stored = await (await xinhui.GetAsync($"/api/v1/operators/{id}")).ReadJsonAsync();
        stored.GetProperty("name").GetString().ShouldBe(name);
    }

    [Fact]
    public async Task Taishan_inspector_cannot_create_an_operator_in_a_Xinhui_town()
    {
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var before = await app.CountRowsAsync();

        var response = await taishan.PostAsJsonAsync(OperatorsApiPaths.Operators, TestData.Operator(TestData.XinhuiTown));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "security.out_of_scope");
        (await app.CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Taishan_inspector_cannot_move_a_Taishan_operator_into_Xinhui()
    {
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator();
        var id = await TestData.CreateOperatorAsync(taishan, body);
        var before = await app.CountRowsAsync();
        body["jurisdictionCode"] = TestData.XinhuiTown;

        var response = await taishan.PutJsonAsync($"/api/v1/operators/{id}", body);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "security.out_of_scope");
        (await app.CountRowsAsync()).ShouldBe(before);
        var stored = await (await taishan.GetAsync($"/api/v1/operators/{id}")).ReadJsonAsync();
        stored.GetProperty("jurisdictionCode").GetString().ShouldBe(TestData.TaishanTown);
        stored.GetProperty("version").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Huicheng_coordinator_sees_Huicheng_operators_but_not_Daze_ones()
    {
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        using var coordinator = await app.ClientAsAsync(TestUsers.HuichengCoordinator);
        var token = TestData.Token();
        var huicheng = await TestData.CreateOperatorAsync(xinhui, TestData.Operator(TestData.XinhuiTown, $"会城{token}"));
        var daze = await TestData.CreateOperatorAsync(xinhui, TestData.Operator(TestData.XinhuiOtherTown, $"大泽{token}"));

        var list = await (await coordinator.GetAsync($"/api/v1/operators?q={token}")).ReadJsonAsync();

        Ids(list).ShouldBe([huicheng]);
        (await coordinator.GetAsync($"/api/v1/operators/{huicheng}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await coordinator.GetAsync($"/api/v1/operators/{huicheng}/timeline")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await coordinator.GetAsync($"/api/v1/operators/{daze}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await coordinator.GetAsync($"/api/v1/operators/{daze}/timeline")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_coordinator_may_read_but_not_register_or_edit()
    {
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        using var coordinator = await app.ClientAsAsync(TestUsers.HuichengCoordinator);
        var body = TestData.Operator(TestData.XinhuiTown);
        var id = await TestData.CreateOperatorAsync(xinhui, body);
        var before = await app.CountRowsAsync();

        await (await coordinator.PostAsJsonAsync(OperatorsApiPaths.Operators, TestData.Operator(TestData.XinhuiTown)))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "security.forbidden");
        await (await coordinator.PutJsonAsync($"/api/v1/operators/{id}", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await app.CountRowsAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData(TestUsers.Admin)]
    [InlineData(TestUsers.Leader)]
    public async Task City_administrator_and_leader_see_operators_of_every_district(string userName)
    {
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        using var city = await app.ClientAsAsync(userName);
        var token = TestData.Token();
        var a = await TestData.CreateOperatorAsync(taishan, TestData.Operator(TestData.TaishanTown, $"全市{token}甲"));
        var b = await TestData.CreateOperatorAsync(xinhui, TestData.Operator(TestData.XinhuiOtherTown, $"全市{token}乙"));

        var list = await (await city.GetAsync($"/api/v1/operators?q={token}")).ReadJsonAsync();

        Ids(list).ShouldBe([a, b], ignoreOrder: true);
        (await city.GetAsync($"/api/v1/operators/{a}/audit")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await city.GetAsync($"/api/v1/operators/{b}/timeline")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_leader_reads_everything_but_changes_nothing()
    {
        using var leader = await app.ClientAsAsync(TestUsers.Leader);
        var before = await app.CountRowsAsync();

        await (await leader.PostAsJsonAsync(OperatorsApiPaths.Operators, TestData.Operator())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await app.CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_jurisdiction_filter_outside_the_callers_scope_widens_nothing()
    {
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var token = TestData.Token();
        await TestData.CreateOperatorAsync(xinhui, TestData.Operator(TestData.XinhuiTown, $"筛选{token}"));

        var asked = await (await taishan.GetAsync($"/api/v1/operators?q={token}&jurisdiction=440700")).ReadJsonAsync();
        var other = await (await taishan.GetAsync($"/api/v1/operators?jurisdiction={TestData.XinhuiTown}")).ReadJsonAsync();

        asked.GetProperty("totalCount").GetInt32().ShouldBe(0);
        other.GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    private static List<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
}
