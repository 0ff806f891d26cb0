using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Shian.Modules.Operators.Domain;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Operators;

/// <summary>The operator's file (一户一档): its timeline, its audit entries, and guarded personal data.</summary>
[Collection(AppCollection.Name)]
public sealed class OperatorFileTests(ShianAppFactory app)
{
    private const string IdNumber = "11010519491231002X";
    private const string Phone = "13812345678";

    [Fact]
    public async Task Registration_and_an_edit_appear_on_the_timeline_newest_first_with_who_and_what()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator();
        var id = await TestData.CreateOperatorAsync(client, body);
        body["name"] = "时间线改名" + TestData.Token();
        body["registeredAddress"] = "台山市台城街道新地址2号";
        (await client.PutJsonAsync($"/api/v1/operators/{id}", body)).EnsureSuccessStatusCode();

        var timeline = await (await client.GetAsync($"/api/v1/operators/{id}/timeline")).ReadJsonAsync();

        var items = timeline.GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("kind").GetString()).ShouldBe(["operators.edited", "operators.registered"]);
        var edit = items[0];
        edit.GetProperty("detail").GetString()!.ShouldContain("名称");
        edit.GetProperty("detail").GetString()!.ShouldContain("注册地址");
        edit.GetProperty("detail").GetString()!.ShouldNotContain("身份证");
        edit.GetProperty("actorName").GetString().ShouldBe(TestUsers.TaishanInspector);
        edit.GetProperty("module").GetString().ShouldBe("Operators");
    }

    [Fact]
    public async Task An_edit_is_in_the_operators_audit_entries_with_before_and_after()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator();
        var oldName = (string)body["name"]!;
        var id = await TestData.CreateOperatorAsync(client, body);
        body["name"] = "审计改名" + TestData.Token();
        (await client.PutJsonAsync($"/api/v1/operators/{id}", body)).EnsureSuccessStatusCode();

        var audit = await (await client.GetAsync($"/api/v1/operators/{id}/audit")).ReadJsonAsync();

        var entries = audit.GetProperty("items").EnumerateArray().ToList();
        entries.ShouldContain(e => e.GetProperty("entityType").GetString() == "Operator" && e.GetProperty("action").GetString() == "Insert");
        entries.ShouldContain(e => e.GetProperty("entityType").GetString() == "Premises" && e.GetProperty("action").GetString() == "Insert");
        var update = entries.First(e => e.GetProperty("action").GetString() == "Update");
        update.GetProperty("entityId").GetString().ShouldBe(id.ToString());
        update.GetProperty("actorName").GetString().ShouldBe(TestUsers.TaishanInspector);
        JsonDocument.Parse(update.GetProperty("before").GetString()!).RootElement.GetProperty("Name").GetString().ShouldBe(oldName);
        JsonDocument.Parse(update.GetProperty("after").GetString()!).RootElement.GetProperty("Name").GetString().ShouldBe((string)body["name"]!);
        entries.Select(e => e.GetProperty("sequence").GetInt64()).ShouldBeInOrder(SortDirection.Descending);
    }

    [Fact]
    public async Task The_credit_code_override_reason_is_in_the_ledger()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator(code: TestData.CreditCodeWithBadFinalCheck());
        body["creditCodeOverrideReason"] = "以营业执照为准" + TestData.Token();
        var id = await TestData.CreateOperatorAsync(client, body);

        var audit = await (await client.GetAsync($"/api/v1/operators/{id}/audit")).ReadJsonAsync();

        var insert = audit.GetProperty("items").EnumerateArray()
            .Single(e => e.GetProperty("entityType").GetString() == "Operator" && e.GetProperty("action").GetString() == "Insert");
        insert.GetProperty("after").GetString()!.ShouldContain((string)body["creditCodeOverrideReason"]!);
    }

    [Fact]
    public async Task Lists_details_timeline_and_audit_show_personal_data_only_masked()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator(name: "脱敏测试" + TestData.Token());
        var id = await TestData.CreateOperatorAsync(client, body);

        var details = await client.GetStringAsync($"/api/v1/operators/{id}");
        var list = await client.GetStringAsync($"/api/v1/operators?q={body["name"]}");
        var timeline = await client.GetStringAsync($"/api/v1/operators/{id}/timeline");
        var audit = await client.GetStringAsync($"/api/v1/operators/{id}/audit");

        var read = JsonDocument.Parse(details).RootElement;
        read.GetProperty("legalRepresentativeIdMasked").GetString().ShouldBe("1101**********002X");
        read.GetProperty("phoneMasked").GetString().ShouldBe("138****5678");
        foreach (var text in new[] { details, list, timeline, audit })
        {
            text.ShouldNotContain(IdNumber);
            text.ShouldNotContain(Phone);
        }
    }

    [Fact]
    public async Task Personal_data_is_stored_encrypted()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var id = await TestData.CreateOperatorAsync(client);

        var stored = await app.QueryAsync(db => db.Set<Operator>().IgnoreQueryFilters().SingleAsync(o => o.Id == id));

        stored.LegalRepresentativeIdCipher.ShouldNotBeNullOrEmpty();
        stored.LegalRepresentativeIdCipher.ShouldNotContain(IdNumber);
        stored.PhoneCipher.ShouldNotBeNullOrEmpty();
        stored.PhoneCipher.ShouldNotContain(Phone);
    }

    [Fact]
    public async Task Revealing_personal_data_with_a_purpose_returns_it_and_writes_a_ledger_entry()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var id = await TestData.CreateOperatorAsync(client);
        var purpose = "现场核查法定代表人身份 " + TestData.Token();

        var revealed = await (await client.PostAsJsonAsync($"/api/v1/operators/{id}/personal-data", new { purpose })).ReadJsonAsync();

        revealed.GetProperty("legalRepresentativeIdNumber").GetString().ShouldBe(IdNumber);
        revealed.GetProperty("phone").GetString().ShouldBe(Phone);
        var ledger = await (await admin.GetAsync("/api/v1/audit/entries?entityType=PersonalDataAccess&pageSize=200")).ReadJsonAsync();
        var entry = ledger.GetProperty("items").EnumerateArray()
            .Select(e => JsonDocument.Parse(e.GetProperty("after").GetString()!).RootElement)
            .Where(e => e.GetProperty("Purpose").GetString() == purpose)
            .ShouldHaveSingleItem();
        entry.GetProperty("EntityId").GetString().ShouldBe(id.ToString());
        entry.GetProperty("EntityType").GetString().ShouldBe("Operator");
        entry.GetProperty("ActorName").GetString().ShouldBe(TestUsers.TaishanInspector);
        entry.GetProperty("Fields").GetString()!.ShouldContain("Phone");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"purpose\":\"\"}")]
    [InlineData("{\"purpose\":\"看\"}")]
    public async Task Revealing_personal_data_without_a_purpose_is_400_and_not_logged(string json)
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var id = await TestData.CreateOperatorAsync(client);
        var before = await app.CountRowsAsync();

        var response = await client.PostAsync($"/api/v1/operators/{id}/personal-data",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        problem.GetProperty("errors").TryGetProperty("purpose", out _).ShouldBeTrue();
        (await app.CountRowsAsync()).ShouldBe(before);
    }

    [Theory]
    [InlineData(TestUsers.HuichengCoordinator)]
    [InlineData(TestUsers.Leader)]
    [InlineData(TestUsers.LabAnalyst)]
    public async Task Coordinators_leaders_and_lab_analysts_may_not_reveal_personal_data(string userName)
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var id = await TestData.CreateOperatorAsync(admin, TestData.Operator(TestData.XinhuiTown));
        using var client = await app.ClientAsAsync(userName);
        var before = await app.CountRowsAsync();

        var response = await client.PostAsJsonAsync($"/api/v1/operators/{id}/personal-data", new { purpose = "想看看" });

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        problem.ToString().ShouldNotContain(IdNumber);
        (await app.CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_timeline_pages_like_every_list()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator();
        var id = await TestData.CreateOperatorAsync(client, body);
        for (var i = 0; i < 3; i++)
        {
            body["name"] = $"分页时间线{i}{TestData.Token()}";
            (await client.PutJsonAsync($"/api/v1/operators/{id}", body)).EnsureSuccessStatusCode();
        }

        var page = await (await client.GetAsync($"/api/v1/operators/{id}/timeline?page=2&pageSize=3")).ReadJsonAsync();

        page.GetProperty("totalCount").GetInt32().ShouldBe(4);
        page.GetProperty("items").EnumerateArray().ShouldHaveSingleItem().GetProperty("kind").GetString().ShouldBe("operators.registered");
    }
}
