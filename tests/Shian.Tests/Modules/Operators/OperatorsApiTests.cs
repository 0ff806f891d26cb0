using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Operators;

[Collection(AppCollection.Name)]
public sealed class OperatorsApiTests(ShianAppFactory app)
{
    [Fact]
    public async Task Inspector_registers_an_operator_and_reads_back_what_was_sent()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator(name: "台城鸿运茶餐厅" + TestData.Token());
        body["categories"] = new[] { "catering", "sales" };
        body["contactPerson"] = "李四";
        body["contactEmail"] = "li.si@example.cn";

        var response = await client.PostAsJsonAsync(OperatorsApiPaths.Operators, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var created = await response.ReadJsonAsync();
        var id = created.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().ShouldBe($"/api/v1/operators/{id}");

        var read = await (await client.GetAsync($"/api/v1/operators/{id}")).ReadJsonAsync();
        read.GetProperty("creditCode").GetString().ShouldBe((string)body["creditCode"]!);
        read.GetProperty("name").GetString().ShouldBe((string)body["name"]!);
        read.GetProperty("entityType").GetString().ShouldBe("Enterprise");
        read.GetProperty("legalRepresentative").GetString().ShouldBe("张三");
        read.GetProperty("registeredAddress").GetString().ShouldBe("江门市测试路1号");
        read.GetProperty("jurisdictionCode").GetString().ShouldBe(TestData.TaishanTown);
        read.GetProperty("townName").GetString()!.ShouldContain("台山");
        read.GetProperty("contactPerson").GetString().ShouldBe("李四");
        read.GetProperty("contactEmail").GetString().ShouldBe("li.si@example.cn");
        Strings(read.GetProperty("categories")).ShouldBe(["catering", "sales"]);
        read.GetProperty("status").GetString().ShouldBe("Active");
        read.GetProperty("version").GetInt32().ShouldBe(1);
        read.GetProperty("creditCodeOverrideReason").ValueKind.ShouldBe(JsonValueKind.Null);

        // The registered address is the first premises.
        var premises = read.GetProperty("premises").EnumerateArray().ShouldHaveSingleItem();
        premises.GetProperty("address").GetString().ShouldBe("江门市测试路1号");
        premises.GetProperty("jurisdictionCode").GetString().ShouldBe(TestData.TaishanTown);
    }

    [Fact]
    public async Task Inspector_edits_an_operator_and_the_change_is_stored_with_a_new_version()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator();
        var id = await TestData.CreateOperatorAsync(client, body);
        body["name"] = "改名后的餐馆" + TestData.Token();
        body["jurisdictionCode"] = "440781002";
        body["categories"] = new[] { "school_canteen" };
        body["version"] = 1;

        var updated = await (await client.PutJsonAsync($"/api/v1/operators/{id}", body)).ReadJsonAsync();

        updated.GetProperty("name").GetString().ShouldBe((string)body["name"]!);
        updated.GetProperty("version").GetInt32().ShouldBe(2);
        var read = await (await client.GetAsync($"/api/v1/operators/{id}")).ReadJsonAsync();
        read.GetProperty("name").GetString().ShouldBe((string)body["name"]!);
        read.GetProperty("jurisdictionCode").GetString().ShouldBe("440781002");
        Strings(read.GetProperty("categories")).ShouldBe(["school_canteen"]);
    }

    [Fact]
    public async Task Saving_an_unchanged_form_does_not_create_a_new_version()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator();
        var id = await TestData.CreateOperatorAsync(client, body);
        var before = await app.CountRowsAsync();

        var updated = await (await client.PutJsonAsync($"/api/v1/operators/{id}", body)).ReadJsonAsync();

        updated.GetProperty("version").GetInt32().ShouldBe(1);
        (await app.CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Updating_an_operator_that_does_not_exist_is_404()
    {
        using var client = await app.ClientAsAsync(TestUsers.Admin);

        var response = await client.PutJsonAsync($"/api/v1/operators/{Guid.NewGuid()}", TestData.Operator());

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound, "operators.not_found");
        await (await client.GetAsync($"/api/v1/operators/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "operators.not_found");
    }

    [Fact]
    public async Task Inspector_registers_an_operator_and_finds_it_by_two_chinese_characters()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator(name: "台城鸿运茶餐厅" + Guid.NewGuid().ToString("N")[..4]);

        var id = await TestData.CreateOperatorAsync(client, body);
        var found = await (await client.GetAsync("/api/v1/operators?q=鸿运&pageSize=200")).ReadJsonAsync();

        Ids(found).ShouldContain(id);
        Names(found).ShouldAllBe(n => n.Contains("鸿运"));
    }

    [Fact]
    public async Task Search_finds_an_operator_by_a_single_chinese_character()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var id = await TestData.CreateOperatorAsync(client, TestData.Operator(name: "麒麟烧腊店" + TestData.Token()));

        var found = await (await client.GetAsync("/api/v1/operators?q=麒&pageSize=200")).ReadJsonAsync();

        Ids(found).ShouldContain(id);
        Names(found).ShouldAllBe(n => n.Contains('麒'));
    }

    [Fact]
    public async Task Search_finds_an_operator_by_a_longer_part_of_its_name_but_not_by_a_near_miss()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var token = TestData.Token();
        var id = await TestData.CreateOperatorAsync(client, TestData.Operator(name: $"江门台城{token}海鲜酒家"));

        var found = await (await client.GetAsync($"/api/v1/operators?q={token}海鲜酒家")).ReadJsonAsync();
        var missed = await (await client.GetAsync($"/api/v1/operators?q={token}海鲜饭店")).ReadJsonAsync();

        Ids(found).ShouldBe([id]);
        missed.GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Search_matches_credit_code_in_any_case_address_and_legal_representative()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var token = TestData.Token();
        var body = TestData.Operator();
        body["registeredAddress"] = $"台山市台城街道{token}路8号";
        body["legalRepresentative"] = "欧阳" + token[..4];
        var id = await TestData.CreateOperatorAsync(client, body);
        var code = (string)body["creditCode"]!;

        Ids(await (await client.GetAsync($"/api/v1/operators?q={code.ToLowerInvariant()}")).ReadJsonAsync()).ShouldBe([id]);
        Ids(await (await client.GetAsync($"/api/v1/operators?q={token}路8号")).ReadJsonAsync()).ShouldBe([id]);
        Ids(await (await client.GetAsync($"/api/v1/operators?q=欧阳{token[..4]}")).ReadJsonAsync()).ShouldContain(id);
    }

    [Fact]
    public async Task Search_treats_percent_and_underscore_as_plain_characters()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var token = TestData.Token();
        var id = await TestData.CreateOperatorAsync(client, TestData.Operator(name: $"百分百_{token}%餐厅"));

        var percent = await (await client.GetAsync($"/api/v1/operators?q={Uri.EscapeDataString(token + "%")}")).ReadJsonAsync();
        var underscore = await (await client.GetAsync("/api/v1/operators?q=_&pageSize=200")).ReadJsonAsync();
        var wildcard = await (await client.GetAsync($"/api/v1/operators?q={Uri.EscapeDataString(token[..4] + "_" + token[5..])}")).ReadJsonAsync();

        Ids(percent).ShouldBe([id]);
        Names(underscore).ShouldAllBe(n => n.Contains('_'));
        Ids(underscore).ShouldContain(id);
        wildcard.GetProperty("totalCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Search_filters_by_category_and_by_town()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var token = TestData.Token();
        var canteen = TestData.Operator(name: $"学校食堂{token}");
        canteen["categories"] = new[] { "school_canteen" };
        var canteenId = await TestData.CreateOperatorAsync(client, canteen);
        var shopId = await TestData.CreateOperatorAsync(client, TestData.Operator(town: "440781002", name: $"小卖部{token}"));

        Ids(await (await client.GetAsync($"/api/v1/operators?q={token}&category=school_canteen")).ReadJsonAsync()).ShouldBe([canteenId]);
        Ids(await (await client.GetAsync($"/api/v1/operators?q={token}&category=canteen")).ReadJsonAsync()).ShouldBeEmpty();
        Ids(await (await client.GetAsync($"/api/v1/operators?q={token}&jurisdiction=440781002")).ReadJsonAsync()).ShouldBe([shopId]);
        Ids(await (await client.GetAsync($"/api/v1/operators?q={token}&jurisdiction=440781")).ReadJsonAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Search_results_come_in_pages_ordered_by_name()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var token = TestData.Token();
        var created = new List<Guid>();
        foreach (var suffix in new[] { "E", "B", "D", "A", "C" })
        {
            created.Add(await TestData.CreateOperatorAsync(client, TestData.Operator(name: $"分页{token}{suffix}")));
        }

        var pages = new List<JsonElement>();
        for (var page = 1; page <= 3; page++)
        {
            pages.Add(await (await client.GetAsync($"/api/v1/operators?q={token}&page={page}&pageSize=2")).ReadJsonAsync());
        }

        pages.Select(p => p.GetProperty("items").GetArrayLength()).ShouldBe([2, 2, 1]);
        pages.ShouldAllBe(p => p.GetProperty("totalCount").GetInt32() == 5 && p.GetProperty("pageCount").GetInt32() == 3);
        pages.SelectMany(Names).ShouldBe("ABCDE".Select(s => $"分页{token}{s}"));
        pages.SelectMany(Ids).ShouldBe(created, ignoreOrder: true);
        var beyond = await (await client.GetAsync($"/api/v1/operators?q={token}&page=4&pageSize=2")).ReadJsonAsync();
        beyond.GetProperty("items").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_page_size_out_of_range_is_clamped_instead_of_returning_everything()
    {
        using var client = await app.ClientAsAsync(TestUsers.Admin);

        var huge = await (await client.GetAsync("/api/v1/operators?pageSize=100000")).ReadJsonAsync();
        var zero = await (await client.GetAsync("/api/v1/operators?pageSize=0&page=-3")).ReadJsonAsync();

        huge.GetProperty("pageSize").GetInt32().ShouldBe(200);
        zero.GetProperty("pageSize").GetInt32().ShouldBe(1);
        zero.GetProperty("page").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task A_failed_check_character_is_refused_with_422_until_a_reason_is_given_and_the_reason_is_kept()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator(code: TestData.CreditCodeWithBadFinalCheck());
        var before = await app.CountRowsAsync();

        var refused = await client.PostAsJsonAsync(OperatorsApiPaths.Operators, body);

        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "operators.credit_code_check_failed");
        problem.GetProperty("errors").TryGetProperty("creditCodeOverrideReason", out _).ShouldBeTrue();
        (await app.CountRowsAsync()).ShouldBe(before);

        body["creditCodeOverrideReason"] = "营业执照原件上的代码即为此代码，已电话核实";
        var accepted = await client.PostAsJsonAsync(OperatorsApiPaths.Operators, body);
        accepted.StatusCode.ShouldBe(HttpStatusCode.Created, await accepted.Content.ReadAsStringAsync());
        var id = (await accepted.ReadJsonAsync()).GetProperty("id").GetGuid();

        var read = await (await client.GetAsync($"/api/v1/operators/{id}")).ReadJsonAsync();
        read.GetProperty("creditCodeOverrideReason").GetString().ShouldBe("营业执照原件上的代码即为此代码，已电话核实");
    }

    [Fact]
    public async Task An_organisation_check_failure_also_needs_a_reason()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var good = TestData.NewCreditCode();
        var wrong17 = good[16] == '0' ? '1' : '0';
        var first17 = good[..16] + wrong17;
        var code = first17 + Shian.Modules.Operators.Domain.UnifiedSocialCreditCode.FinalCheckCharacter(first17);

        var response = await client.PostAsJsonAsync(OperatorsApiPaths.Operators, TestData.Operator(code: code));

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "operators.credit_code_check_failed");
    }

    [Theory]
    [InlineData("91440300I08461136T")]
    [InlineData("91A40300708461136T")]
    [InlineData("91440300708461136Z")]
    public async Task A_malformed_credit_code_is_400_and_cannot_be_overridden(string code)
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator(code: code);
        body["creditCodeOverrideReason"] = "坚持要用";
        var before = await app.CountRowsAsync();

        var response = await client.PostAsJsonAsync(OperatorsApiPaths.Operators, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "operators.credit_code_invalid");
        problem.GetProperty("errors").TryGetProperty("creditCode", out _).ShouldBeTrue();
        (await app.CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_credit_code_of_the_wrong_length_is_400_on_the_credit_code_field()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);

        var response = await client.PostAsJsonAsync(OperatorsApiPaths.Operators, TestData.Operator(code: "9144030070846113"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("creditCode", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_credit_code_check_endpoint_explains_the_outcome_without_saving()
    {
        using var client = await app.ClientAsAsync(TestUsers.HuichengCoordinator);
        var before = await app.CountRowsAsync();

        var valid = await (await client.PostAsJsonAsync(OperatorsApiPaths.CreditCodeCheck, new { code = "91440300708461136t" })).ReadJsonAsync();
        var badCheck = await (await client.PostAsJsonAsync(OperatorsApiPaths.CreditCodeCheck, new { code = "91440300708461136A" })).ReadJsonAsync();
        var malformed = await (await client.PostAsJsonAsync(OperatorsApiPaths.CreditCodeCheck, new { code = "914403007084611" })).ReadJsonAsync();

        valid.GetProperty("isValid").GetBoolean().ShouldBeTrue();
        valid.GetProperty("code").GetString().ShouldBe("91440300708461136T");
        badCheck.GetProperty("outcome").GetString().ShouldBe("FinalCheckFailed");
        badCheck.GetProperty("overridable").GetBoolean().ShouldBeTrue();
        malformed.GetProperty("outcome").GetString().ShouldBe("WrongLength");
        malformed.GetProperty("overridable").GetBoolean().ShouldBeFalse();
        (await app.CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_credit_code_that_is_already_registered_is_409_even_in_lower_case()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var code = TestData.NewCreditCode();
        await TestData.CreateOperatorAsync(client, TestData.Operator(code: code));
        var before = await app.CountRowsAsync();

        var again = await client.PostAsJsonAsync(OperatorsApiPaths.Operators, TestData.Operator(code: code));
        var lower = await client.PostAsJsonAsync(OperatorsApiPaths.Operators, TestData.Operator(code: code.ToLowerInvariant()));

        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "operators.credit_code_taken");
        await lower.ShouldBeProblemAsync(HttpStatusCode.Conflict, "operators.credit_code_taken");
        (await app.CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_credit_code_registered_in_another_district_is_still_a_duplicate()
    {
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var code = TestData.NewCreditCode();
        await TestData.CreateOperatorAsync(xinhui, TestData.Operator(TestData.XinhuiTown, code: code));

        var response = await taishan.PostAsJsonAsync(OperatorsApiPaths.Operators, TestData.Operator(code: code));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "operators.credit_code_taken");
    }

    [Fact]
    public async Task Changing_an_operator_to_another_operators_credit_code_is_409()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var taken = TestData.NewCreditCode();
        await TestData.CreateOperatorAsync(client, TestData.Operator(code: taken));
        var body = TestData.Operator();
        var id = await TestData.CreateOperatorAsync(client, body);
        body["creditCode"] = taken;

        var response = await client.PutJsonAsync($"/api/v1/operators/{id}", body);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, "operators.credit_code_taken");
    }

    [Theory]
    [InlineData("440781999")]
    [InlineData("440781")]
    [InlineData("440700")]
    [InlineData("")]
    public async Task An_unknown_town_or_a_code_that_is_not_a_town_is_400_on_the_town_field(string town)
    {
        using var client = await app.ClientAsAsync(TestUsers.Admin);
        var body = TestData.Operator();
        body["jurisdictionCode"] = town;
        var before = await app.CountRowsAsync();

        var response = await client.PostAsJsonAsync(OperatorsApiPaths.Operators, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("jurisdictionCode", out _).ShouldBeTrue(problem.ToString());
        (await app.CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task An_unknown_category_is_400_and_named_in_the_message()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator();
        body["categories"] = new[] { "catering", "bakery" };
        var before = await app.CountRowsAsync();

        var response = await client.PostAsJsonAsync(OperatorsApiPaths.Operators, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        problem.GetProperty("errors").GetProperty("categories")[0].GetString()!.ShouldContain("bakery");
        (await app.CountRowsAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task No_category_at_all_is_400()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator();
        body["categories"] = Array.Empty<string>();

        var response = await client.PostAsJsonAsync(OperatorsApiPaths.Operators, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        problem.GetProperty("errors").TryGetProperty("categories", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task An_id_number_with_a_wrong_check_character_is_400()
    {
        using var client = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var body = TestData.Operator();
        body["legalRepresentativeIdNumber"] = "110105194912310021";

        var response = await client.PostAsJsonAsync(OperatorsApiPaths.Operators, body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").TryGetProperty("legalRepresentativeIdNumber", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Saving_over_a_newer_version_is_409_and_does_not_overwrite_it()
    {
        using var first = await app.ClientAsAsync(TestUsers.TaishanInspector);
        using var second = await app.ClientAsAsync(TestUsers.Admin);
        var body = TestData.Operator();
        var id = await TestData.CreateOperatorAsync(first, body);
        var version = (await (await first.GetAsync($"/api/v1/operators/{id}")).ReadJsonAsync()).GetProperty("version").GetInt32();

        var mine = new Dictionary<string, object?>(body) { ["name"] = "第一位的修改" + TestData.Token(), ["version"] = version };
        var theirs = new Dictionary<string, object?>(body) { ["name"] = "第二位的修改" + TestData.Token(), ["version"] = version };
        (await first.PutJsonAsync($"/api/v1/operators/{id}", mine)).EnsureSuccessStatusCode();
        var stale = await second.PutJsonAsync($"/api/v1/operators/{id}", theirs);

        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, "operators.stale_version");
        var read = await (await first.GetAsync($"/api/v1/operators/{id}")).ReadJsonAsync();
        read.GetProperty("name").GetString().ShouldBe((string)mine["name"]!);
        read.GetProperty("version").GetInt32().ShouldBe(version + 1);
    }

    private static List<Guid> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

    private static List<string> Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();
}
