using Shian.EndToEndTests.Infrastructure;

namespace Shian.EndToEndTests.Modules.Operators;

/// <summary>The enterprise user sees and updates only their own business, never the staff register.</summary>
public sealed class EnterpriseJourneyTests(E2EFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Enterprise_user_updates_the_contact_data_of_their_own_business_and_cannot_open_the_register()
    {
        var own = Demo.EnterpriseOperator;
        var contact = "黄晓彤" + Random.Shared.Next(10, 99);
        await LogInAsync("enterprise");

        await Expect(Page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "一户一档" })).ToHaveCountAsync(0);
        await Page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "本企业" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "本企业档案", Level = 1 })).ToBeVisibleAsync();
        await Expect(Page.Locator("dl.facts")).ToContainTextAsync(own.Name);

        // Only the contact person: the e-mail and phone boxes stay empty, as most people leave them.
        await Expect(Page.GetByLabel("电子邮箱")).ToBeEmptyAsync();
        await Page.GetByLabel("联系人").FillAsync(contact);
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        await Expect(Page.GetByLabel("联系人")).ToHaveValueAsync(contact);

        await Page.GetByLabel("电子邮箱").FillAsync("contact@example.cn");
        await Page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已保存。");
        await Expect(Page.GetByLabel("电子邮箱")).ToHaveValueAsync("contact@example.cn");

        await Page.ReloadAsync();
        await Expect(Page.GetByLabel("联系人")).ToHaveValueAsync(contact);

        await GoToAsync("/operators");
        await Expect(Page.GetByText("您无权访问此页面。")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Searchbox)).ToHaveCountAsync(0);
        await Expect(Page.Locator(".result-list")).ToHaveCountAsync(0);
        Output.WriteLine($"/operators as the enterprise user ends at {Page.Url}");

        await GoToAsync($"/operators/{own.Id}");
        await Expect(Page.GetByText("您无权访问此页面。")).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = own.Name })).ToHaveCountAsync(0);
    }
}
