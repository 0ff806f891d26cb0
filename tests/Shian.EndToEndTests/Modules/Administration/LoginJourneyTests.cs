using System.Text.RegularExpressions;
using Shian.EndToEndTests.Infrastructure;
using Shian.Hosting.DemoData;

namespace Shian.EndToEndTests.Modules.Administration;

public sealed class LoginJourneyTests(E2EFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Wrong_password_says_so_in_Chinese_keeps_the_user_name_and_the_next_login_returns_to_the_page_asked_for()
    {
        var target = Demo.XinhuiViewed;
        await GoToAsync($"/operators/{target.Id}?tab=premises");
        await Expect(Page).ToHaveURLAsync(LoginUrl());
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "登录", Level = 1 })).ToBeVisibleAsync();
        Output.WriteLine($"Redirected to {Page.Url}");

        await FillLoginFormAsync("insp.xinhui", "Wrong@Pass2026");
        await Expect(Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("用户名或密码不正确。");
        await Expect(Page.GetByLabel("用户名")).ToHaveValueAsync("insp.xinhui");
        await Expect(Page.GetByLabel("密码")).ToHaveValueAsync("");
        await Expect(Page).ToHaveURLAsync(LoginUrl());

        await Page.GetByLabel("密码").FillAsync(DemoAccounts.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex($"/operators/{target.Id}\\?tab=premises$"));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = target.Name, Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "经营场所" })).ToHaveAttributeAsync("aria-current", "page");
    }

    [Fact]
    public async Task Login_refuses_to_return_to_another_site()
    {
        await GoToAsync("/account/login?returnUrl=" + Uri.EscapeDataString("//evil.example/phish"));
        await FillLoginFormAsync("leader", DemoAccounts.Password);
        await Expect(Page).ToHaveURLAsync(App.BaseAddress.ToString());
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "退出" })).ToBeVisibleAsync();
    }
}
