using System.Net;
using System.Net.Http.Json;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Operators;

[Collection(AppCollection.Name)]
public sealed class OperatorsApiTests(ShianAppFactory app)
{
    [Fact]
    public async Task Inspector_registers_an_operator_and_finds_it_by_two_chinese_characters()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator(name: "台城鸿运茶餐厅" + Guid.NewGuid().ToString("N")[..4]);

        var id = await TestData.CreateOperatorAsync(client, body);
        var found = await (await client.GetAsync("/api/v1/operators?q=鸿运&pageSize=200")).ReadJsonAsync();

        found.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldContain(id);
    }

    [Fact]
    public async Task Taishan_inspector_cannot_read_or_change_a_Xinhui_operator()
    {
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var name = "新会隔离测试" + Guid.NewGuid().ToString("N")[..6];
        var id = await TestData.CreateOperatorAsync(xinhui, TestData.Operator(TestData.XinhuiTown, name));

        (await taishan.GetAsync($"/api/v1/operators/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await (await taishan.GetAsync($"/api/v1/operators?q={name}")).ReadJsonAsync();
        list.GetProperty("totalCount").GetInt32().ShouldBe(0);
        var update = await taishan.PutAsJsonAsync($"/api/v1/operators/{id}", TestData.Operator(TestData.XinhuiTown, name));
        await update.ShouldBeProblemAsync(HttpStatusCode.NotFound, "operators.not_found");
    }
}
