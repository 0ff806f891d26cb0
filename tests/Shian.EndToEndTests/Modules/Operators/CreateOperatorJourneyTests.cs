using System.Text.RegularExpressions;
using Shian.EndToEndTests.Infrastructure;
using Shian.Modules.Operators.Domain;

namespace Shian.EndToEndTests.Modules.Operators;

/// <summary>Registering an operator whose licence shows a code that fails its check character.</summary>
public sealed partial class CreateOperatorJourneyTests(E2EFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_code_with_a_wrong_check_character_asks_for_a_reason_keeps_the_form_and_saves_with_one()
    {
        var code = CodeWithWrongCheckCharacter(DemoFacts.XinhuiDistrict);
        var name = "新会区五邑测试茶餐厅" + Random.Shared.Next(100, 999);
        await LogInAsync("insp.xinhui");

        await GoToAsync("/operators");
        await Page.GetByRole(AriaRole.Link, new() { Name = "新建档案" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "新建档案", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("代码校验不符的说明")).ToHaveCountAsync(0);

        await Page.GetByLabel("统一社会信用代码").FillAsync(code);
        await Page.GetByLabel("名称", new() { Exact = true }).FillAsync(name);
        await Page.GetByLabel("主体类型").SelectOptionAsync(new SelectOptionValue { Label = "个体工商户" });
        await Page.GetByLabel("法定代表人（负责人）").FillAsync("区志明");
        await Page.GetByLabel("身份证号码").FillAsync("11010519491231002X");
        await Page.GetByLabel("联系电话").FillAsync("13812345678");
        await Page.GetByLabel("联系人").FillAsync("区小姐");
        await Page.GetByLabel("注册地址").FillAsync("江门市新会区会城街道中山路8号");
        // 会城街道: the town picker labels its options "district · town", so pick it by code.
        await Page.GetByLabel("所在镇街").SelectOptionAsync(new SelectOptionValue { Value = "440705001" });
        await Page.GetByLabel("餐饮服务").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("统一社会信用代码校验位不符");
        var reason = Page.GetByLabel("代码校验不符的说明");
        await Expect(reason).ToBeVisibleAsync();
        await Expect(reason).ToBeEmptyAsync();
        await Expect(Page.GetByText("校验位不符：请核对代码，或填写接受该代码的理由")).ToBeVisibleAsync();

        await Expect(Page.GetByLabel("统一社会信用代码")).ToHaveValueAsync(code);
        await Expect(Page.GetByLabel("名称", new() { Exact = true })).ToHaveValueAsync(name);
        await Expect(Page.GetByLabel("主体类型")).ToHaveValueAsync(nameof(OperatorEntityType.IndividualBusiness));
        await Expect(Page.GetByLabel("法定代表人（负责人）")).ToHaveValueAsync("区志明");
        await Expect(Page.GetByLabel("身份证号码")).ToHaveValueAsync("11010519491231002X");
        await Expect(Page.GetByLabel("联系电话")).ToHaveValueAsync("13812345678");
        await Expect(Page.GetByLabel("联系人")).ToHaveValueAsync("区小姐");
        await Expect(Page.GetByLabel("注册地址")).ToHaveValueAsync("江门市新会区会城街道中山路8号");
        await Expect(Page.GetByLabel("所在镇街")).ToHaveValueAsync("440705001");
        await Expect(Page.GetByLabel("餐饮服务")).ToBeCheckedAsync();
        await Expect(Page.GetByLabel("食品销售")).Not.ToBeCheckedAsync();

        await reason.FillAsync("营业执照原件上的代码即为此，已电话核实登记机关");
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(OperatorTimelineUrl());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("ol.timeline > li").First).ToContainTextAsync("建立档案");
        await Page.GetByRole(AriaRole.Link, new() { Name = "概况" }).ClickAsync();
        var facts = Page.Locator("dl.facts");
        await Expect(facts).ToContainTextAsync(code);
        await Expect(facts).ToContainTextAsync("营业执照原件上的代码即为此");
        await Expect(facts).ToContainTextAsync("会城街道");
        await Expect(facts).ToContainTextAsync("餐饮服务");
    }

    /// <summary>A well-formed code in the district whose last character is not the one GB 32100 computes.</summary>
    private static string CodeWithWrongCheckCharacter(string districtCode)
    {
        var body = string.Concat(Enumerable.Range(0, 8).Select(_ => UnifiedSocialCreditCode.Charset[Random.Shared.Next(10)]));
        var first17 = "92" + districtCode + body + UnifiedSocialCreditCode.OrganisationCheckCharacter(body);
        var right = UnifiedSocialCreditCode.FinalCheckCharacter(first17);
        var wrong = UnifiedSocialCreditCode.Charset[(UnifiedSocialCreditCode.Charset.IndexOf(right) + 1) % UnifiedSocialCreditCode.Charset.Length];
        var code = first17 + wrong;
        UnifiedSocialCreditCode.Check(code).ShouldBe(CreditCodeCheck.FinalCheckFailed);
        return code;
    }

    [GeneratedRegex(@"/operators/[0-9a-f-]{36}\?tab=timeline$")]
    private static partial Regex OperatorTimelineUrl();
}
