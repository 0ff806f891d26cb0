using System.Net;
using System.Net.Http.Json;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Operators;

[Collection(AppCollection.Name)]
public sealed class PremisesApiTests(ShianAppFactory app)
{
    [Fact]
    public async Task Inspector_adds_a_second_premises_in_another_town_of_the_district_and_it_shows_on_the_file()
    {
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        var id = await TestData.CreateOperatorAsync(xinhui, TestData.Operator(TestData.XinhuiTown));

        var response = await xinhui.PostAsJsonAsync($"/api/v1/operators/{id}/premises", new
        {
            name = "大泽分店",
            address = "江门市新会区大泽镇五和路3号",
            jurisdictionCode = TestData.XinhuiOtherTown,
            categories = new[] { "catering", "sales" },
        });

        var file = await response.ReadJsonAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var premises = file.GetProperty("premises").EnumerateArray().ToList();
        premises.Count.ShouldBe(2);
        premises.ShouldContain(p => p.GetProperty("townName").GetString() == "新会区 大泽镇" && p.GetProperty("categories").GetArrayLength() == 2);
        var timeline = await xinhui.GetStringAsync($"/api/v1/operators/{id}/timeline");
        timeline.ShouldContain("新增经营场所");
    }

    [Fact]
    public async Task Premises_outside_the_callers_district_or_with_unknown_town_are_refused_and_nothing_is_added()
    {
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        var id = await TestData.CreateOperatorAsync(xinhui, TestData.Operator(TestData.XinhuiTown));

        var outside = await xinhui.PostAsJsonAsync($"/api/v1/operators/{id}/premises", new
        {
            address = "江门市台山市台城街道1号",
            jurisdictionCode = TestData.TaishanTown,
            categories = new[] { "catering" },
        });
        var unknown = await xinhui.PostAsJsonAsync($"/api/v1/operators/{id}/premises", new
        {
            address = "某地",
            jurisdictionCode = "440705999",
            categories = new[] { "catering" },
        });

        await outside.ShouldBeProblemAsync(HttpStatusCode.Forbidden, "security.out_of_scope");
        await unknown.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        var file = await (await xinhui.GetAsync($"/api/v1/operators/{id}")).ReadJsonAsync();
        file.GetProperty("premises").GetArrayLength().ShouldBe(1);
    }
}
