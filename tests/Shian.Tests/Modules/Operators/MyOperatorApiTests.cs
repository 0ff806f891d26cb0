using System.Net;
using System.Net.Http.Json;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Operators;

/// <summary>An enterprise user sees and changes only their own operator, and only its contact data.</summary>
[Collection(AppCollection.Name)]
public sealed class MyOperatorApiTests(ShianAppFactory app)
{
    [Fact]
    public async Task An_enterprise_user_reads_their_own_operator()
    {
        var (id, body) = await RegisterAsync();
        using var enterprise = await app.EnterpriseClientAsync(id);

        var mine = await (await enterprise.GetAsync(OperatorsApiPaths.Mine)).ReadJsonAsync();

        mine.GetProperty("id").GetGuid().ShouldBe(id);
        mine.GetProperty("name").GetString().ShouldBe((string)body["name"]!);
        mine.GetProperty("phoneMasked").GetString().ShouldBe("138****5678");
    }

    [Fact]
    public async Task An_enterprise_user_changes_their_contact_data_and_it_shows_in_the_file()
    {
        var (id, _) = await RegisterAsync();
        using var enterprise = await app.EnterpriseClientAsync(id);
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);

        var updated = await (await enterprise.PutJsonAsync(OperatorsApiPaths.MineContact,
            new { contactPerson = "王五", contactEmail = "wang.wu@example.cn", phone = "13900001111" })).ReadJsonAsync();

        updated.GetProperty("contactPerson").GetString().ShouldBe("王五");
        updated.GetProperty("phoneMasked").GetString().ShouldBe("139****1111");
        var seen = await (await inspector.GetAsync($"/api/v1/operators/{id}")).ReadJsonAsync();
        seen.GetProperty("contactEmail").GetString().ShouldBe("wang.wu@example.cn");
        var timeline = await (await inspector.GetAsync($"/api/v1/operators/{id}/timeline")).ReadJsonAsync();
        timeline.GetProperty("items")[0].GetProperty("kind").GetString().ShouldBe("operators.contact_updated");
        var revealed = await (await inspector.PostAsJsonAsync($"/api/v1/operators/{id}/personal-data", new { purpose = "核对新电话" })).ReadJsonAsync();
        revealed.GetProperty("phone").GetString().ShouldBe("13900001111");
    }

    [Fact]
    public async Task An_enterprise_user_cannot_change_anything_but_contact_data()
    {
        var (id, body) = await RegisterAsync();
        using var enterprise = await app.EnterpriseClientAsync(id);
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);

        var sneaky = new Dictionary<string, object?>(body)
        {
            ["name"] = "自己改的名字",
            ["jurisdictionCode"] = TestData.XinhuiTown,
            ["creditCode"] = TestData.NewCreditCode(),
            ["categories"] = new[] { "production" },
            ["contactPerson"] = "赵六",
        };
        (await enterprise.PutJsonAsync(OperatorsApiPaths.MineContact, sneaky)).EnsureSuccessStatusCode();
        await (await enterprise.PutJsonAsync($"/api/v1/operators/{id}", sneaky)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        var stored = await (await inspector.GetAsync($"/api/v1/operators/{id}")).ReadJsonAsync();
        stored.GetProperty("name").GetString().ShouldBe((string)body["name"]!);
        stored.GetProperty("creditCode").GetString().ShouldBe((string)body["creditCode"]!);
        stored.GetProperty("jurisdictionCode").GetString().ShouldBe(TestData.TaishanTown);
        stored.GetProperty("categories")[0].GetString().ShouldBe("catering");
        stored.GetProperty("contactPerson").GetString().ShouldBe("赵六");
    }

    [Fact]
    public async Task Invalid_contact_data_is_400_and_nothing_changes()
    {
        var (id, _) = await RegisterAsync();
        using var enterprise = await app.EnterpriseClientAsync(id);
        var before = await app.CountRowsAsync();

        var response = await enterprise.PutJsonAsync(OperatorsApiPaths.MineContact, new { phone = "12345", contactEmail = "not-an-email" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        problem.GetProperty("errors").TryGetProperty("phone", out _).ShouldBeTrue();
        problem.GetProperty("errors").TryGetProperty("contactEmail", out _).ShouldBeTrue();
        (await app.CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_enterprise_user_gets_403_on_every_staff_endpoint()
    {
        var (id, body) = await RegisterAsync();
        using var enterprise = await app.EnterpriseClientAsync(id);
        var before = await app.CountRowsAsync();

        await (await enterprise.GetAsync(OperatorsApiPaths.Operators)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await enterprise.GetAsync($"/api/v1/operators/{id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await enterprise.GetAsync($"/api/v1/operators/{id}/timeline")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await enterprise.GetAsync($"/api/v1/operators/{id}/audit")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await enterprise.PostAsJsonAsync($"/api/v1/operators/{id}/personal-data", new { purpose = "查看自己的" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await enterprise.PostAsJsonAsync(OperatorsApiPaths.Operators, TestData.Operator())).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await enterprise.PutJsonAsync($"/api/v1/operators/{id}", body)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await enterprise.GetAsync("/api/v1/audit/verify")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await enterprise.GetAsync("/api/v1/administration/api-keys")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await enterprise.GetAsync("/api/v1/administration/rules")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await app.CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Two_enterprise_users_each_see_only_their_own_operator()
    {
        var (first, _) = await RegisterAsync();
        var (second, _) = await RegisterAsync();
        using var firstUser = await app.EnterpriseClientAsync(first);
        using var secondUser = await app.EnterpriseClientAsync(second);

        (await (await firstUser.GetAsync(OperatorsApiPaths.Mine)).ReadJsonAsync()).GetProperty("id").GetGuid().ShouldBe(first);
        (await (await secondUser.GetAsync(OperatorsApiPaths.Mine)).ReadJsonAsync()).GetProperty("id").GetGuid().ShouldBe(second);
    }

    [Fact]
    public async Task Staff_have_no_own_operator()
    {
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);

        await (await inspector.GetAsync(OperatorsApiPaths.Mine)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await inspector.PutJsonAsync(OperatorsApiPaths.MineContact, new { contactPerson = "员工" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private async Task<(Guid Id, Dictionary<string, object?> Body)> RegisterAsync()
    {
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator(name: "企业自助" + TestData.Token());
        return (await TestData.CreateOperatorAsync(inspector, body), body);
    }
}
