using System.Text.RegularExpressions;
using Shian.EndToEndTests.Infrastructure;
using Shian.EndToEndTests.Modules.Licensing;

namespace Shian.EndToEndTests.Modules.Registration;

/// <summary>
/// The whole first day of a new food business, through the pages only: it registers online and gets its credit
/// code at once, opens its enterprise account with the tracking number and secret, signs in with the credit
/// code, applies for a pre-packaged food licence, receives it in the same flow and sees it verified publicly.
/// </summary>
public sealed partial class NewBusinessJourneyTests(E2EFixture app) : BrowserTest(app)
{
    /// <summary>Registration and licensing each render a PDF in their request; shared CI cores can be slow.</summary>
    private const float SlowStepMs = 120_000;

    private const string Password = "Xinpu2026Shop";

    [Fact]
    public async Task A_new_business_registers_opens_its_account_and_gets_its_licence_in_seconds()
    {
        Page.SetDefaultNavigationTimeout(SlowStepMs);
        var town = Demo.EnterpriseOperator.JurisdictionCode;
        var name = $"江门市新铺{Guid.NewGuid().ToString("N")[..6]}食品商行有限公司";

        // 1. Register the market entity online, without an account.
        await GoToAsync("/registration/apply");
        await Page.GetByLabel("主体类型").SelectOptionAsync(new SelectOptionValue { Label = "企业" });
        await Page.GetByLabel("名称", new() { Exact = true }).FillAsync(name);
        await Page.GetByLabel("法定代表人（经营者）").FillAsync("梁晓明");
        await Page.GetByLabel("身份证号码").FillAsync(LicenceApplicationForm.NewIdNumber());
        await Page.GetByLabel("联系电话").FillAsync("13800138000");
        await Page.GetByLabel("所在镇（街道）").SelectOptionAsync(town);
        await Page.GetByLabel("住所（经营场所）").FillAsync($"江门市新铺路{Random.Shared.Next(1, 999)}号");
        await Page.GetByLabel("经营范围").FillAsync("食品销售（仅销售预包装食品）");
        await Page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync(new() { Timeout = SlowStepMs });

        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("已核准登记", new() { Timeout = SlowStepMs });
        var facts = Page.Locator("dl.facts");
        var tracking = (await facts.Locator("dt:has-text('受理号') + dd").InnerTextAsync()).Trim();
        var secret = (await facts.Locator("dt:has-text('查询密码') + dd").InnerTextAsync()).Trim();
        var code = (await facts.Locator("dt:has-text('统一社会信用代码') + dd").InnerTextAsync()).Trim();
        CreditCodePattern().IsMatch(code).ShouldBeTrue(code);

        // 2. Follow it and open the enterprise account.
        await Page.GetByRole(AriaRole.Link, new() { Name = "查看办理进度" }).ClickAsync();
        await Expect(Page.GetByLabel("受理号")).ToHaveValueAsync(tracking);
        await Page.GetByLabel("查询密码").FillAsync(secret);
        await Page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var account = Page.Locator("#enterprise-account");
        await Expect(account).ToContainTextAsync("开通企业账户");
        await account.GetByLabel("登录密码", new() { Exact = true }).FillAsync(Password);
        await account.GetByLabel("确认登录密码").FillAsync(Password);
        await account.GetByRole(AriaRole.Button, new() { Name = "开通企业账户" }).ClickAsync();
        await Expect(Page.Locator("#account-user-name")).ToHaveTextAsync(code);
        Output.WriteLine($"Account {code} opened; screenshot {await ScreenshotAsync("registration-account-opened")}");

        // 3. Sign in with the credit code and apply for the licence.
        await Page.GetByRole(AriaRole.Link, new() { Name = "登录并申请食品经营许可" }).ClickAsync();
        await LogInAsync(code, Password);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "申请食品经营许可（新办）", Level = 1 })).ToBeVisibleAsync();
        await LicenceApplicationForm.FillPrepackagedSalesAsync(Page, town, LicenceApplicationForm.NewIdNumber());
        await Page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync(new() { Timeout = SlowStepMs });

        await Expect(Page.Locator("#application-status")).ToHaveTextAsync("已许可", new() { Timeout = SlowStepMs });
        var number = (await Page.Locator("#licence-number").InnerTextAsync()).Trim();
        await Expect(Page.Locator("#licence-pdf")).ToBeVisibleAsync();

        // 4. Anyone can verify it (the page the licence's QR code opens).
        await Page.GetByRole(AriaRole.Link, new() { Name = "公开核验页" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("有效");
        await Expect(Page.Locator("dl.facts")).ToContainTextAsync(number);
        await Expect(Page.Locator("dl.facts")).ToContainTextAsync(name);
        Output.WriteLine($"{name}: credit code {code}, licence {number}; screenshot {await ScreenshotAsync("new-business-licence-verified")}");
    }

    [GeneratedRegex("^91[0-9]{6}MA[0-9A-HJ-NPQRTUWXY]{8}$")]
    private static partial Regex CreditCodePattern();
}
