using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Administration.ListRules;

[Collection(AppCollection.Name)]
public sealed class RulesPageTests(ShianAppFactory app)
{
    private const string Page = "/administration/rules";

    [Fact]
    public async Task Admin_sees_rules_grouped_by_set_with_citation_and_confidence_mark()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var html = await admin.GetPageAsync(Page);

        html.ShouldContain("<h1>法规参数</h1>");
        html.ShouldContain(">inspections.publication</code></h2>");
        html.ShouldContain(">working_days<");
        html.ShouldContain("《食品生产经营监督检查管理办法（市场监管总局令第49号）》第三十九条");
        html.ShouldContain("个工作日");
        html.ShouldContain("有出处");
        html.ShouldContain("凭记忆，待核实");
    }

    [Fact]
    public async Task A_new_version_added_on_the_page_closes_the_previous_one()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var ruleSet = "tests.page_" + Guid.NewGuid().ToString("N")[..8];
        await AddAsync(admin, ruleSet, "10", "2024-01-01");

        var response = await admin.PostFormAsync(Page, "rule-version", Version(ruleSet, "12", "2025-07-01"));
        var html = await admin.FollowRedirectAsync(response);

        html.ShouldContain($"已新增 {ruleSet} / limit_days 的新版本，自 2025-07-01 起生效。");
        html.ShouldContain("2024-01-01</span> – <span class=\"code\">2025-07-01");
        var versions = (await (await admin.GetAsync(AdministrationApiPaths.RulesOf(ruleSet))).ReadJsonAsync()).EnumerateArray().ToList();
        versions.Count.ShouldBe(2);
        versions[0].GetProperty("effectiveTo").GetString().ShouldBe("2025-07-01");
        versions[1].GetProperty("value").GetString().ShouldBe("12");
        versions[1].GetProperty("confidence").GetString().ShouldBe("from memory, unverified");
    }

    [Fact]
    public async Task A_version_that_is_not_the_latest_is_a_form_error_and_keeps_what_was_typed()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var ruleSet = "tests.page_" + Guid.NewGuid().ToString("N")[..8];
        await AddAsync(admin, ruleSet, "10", "2024-01-01");

        var response = await admin.PostFormAsync(Page, "rule-version", Version(ruleSet, "99", "2023-06-30"));
        var html = await response.ReadPageAsync();

        html.ShouldContain("已有同日或更晚生效的版本");
        html.ShouldContain("现有最新版本自 2024-01-01 起生效，新版本的生效日期必须晚于该日。");
        html.ShouldContain("value=\"99\"");
        html.ShouldContain("value=\"2023-06-30\"");
        html.ShouldContain("value=\"测试办法\"");
    }

    [Fact]
    public async Task Missing_and_malformed_fields_get_Chinese_messages()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var response = await admin.PostFormAsync(Page, "rule-version",
            ("Input.RuleSet", "Not A Set"), ("Input.Key", ""), ("Input.Value", ""), ("Input.EffectiveFrom", ""),
            ("Input.Source", ""), ("Input.Confidence", "sourced"));
        var html = await response.ReadPageAsync();

        html.ShouldContain("规则集格式应为 模块.名称");
        html.ShouldContain("请填写键");
        html.ShouldContain("请填写值");
        html.ShouldContain("请填写生效日期");
        html.ShouldContain("请填写依据（法规或标准名称）");
        html.ShouldContain("value=\"Not A Set\"");
    }

    private static async Task AddAsync(HttpClient client, string ruleSet, string value, string from) =>
        await client.FollowRedirectAsync(await client.PostFormAsync(Page, "rule-version", Version(ruleSet, value, from)));

    private static (string, string)[] Version(string ruleSet, string value, string from) =>
    [
        ("Input.RuleSet", ruleSet), ("Input.Key", "limit_days"), ("Input.Value", value), ("Input.Unit", "working days"),
        ("Input.EffectiveFrom", from), ("Input.Source", "测试办法"), ("Input.Article", "第一条"),
        ("Input.Confidence", "from memory, unverified"), ("Input.Note", ""),
    ];
}
