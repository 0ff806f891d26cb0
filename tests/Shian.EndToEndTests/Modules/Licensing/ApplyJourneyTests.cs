using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Shian.EndToEndTests.Infrastructure;
using Shian.Modules.Credit.Features.RecordBan;

namespace Shian.EndToEndTests.Modules.Licensing;

/// <summary>
/// The enterprise user applies for a new food business licence on one page: a clean application is granted at
/// once (秒批) with a downloadable licence; a banned legal representative sends it to review with the reason shown.
/// </summary>
public sealed partial class ApplyJourneyTests(E2EFixture app) : BrowserTest(app)
{
    /// <summary>
    /// Submitting uploads four files, decides, numbers the licence and renders its PDF in one request; on a
    /// shared 2-core machine under heavy load that alone can pass the suite's 30 s default.
    /// </summary>
    private const float SlowStepMs = 120_000;

    [Fact]
    public async Task Enterprise_user_applies_for_a_prepackaged_food_sales_licence_and_downloads_it_at_once()
    {
        Page.SetDefaultNavigationTimeout(SlowStepMs);
        await LogInAsync("enterprise");
        await Page.Locator("header").GetByRole(AriaRole.Link, new() { Name = "许可办理" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "申请食品经营许可" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "申请食品经营许可（新办）", Level = 1 })).ToBeVisibleAsync();

        await FillAsync(NewIdNumber());
        await Page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync(new() { Timeout = SlowStepMs });

        await Expect(Page.Locator("#application-status")).ToHaveTextAsync("已许可", new() { Timeout = SlowStepMs });
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("已准予许可");
        await Expect(Page.Locator("table.rules tbody tr")).ToHaveCountAsync(7);
        await Expect(Page.Locator("table.rules tbody tr.failed")).ToHaveCountAsync(0);
        var number = (await Page.Locator("#licence-number").InnerTextAsync()).Trim();
        LicenceNumberPattern().IsMatch(number).ShouldBeTrue(number);
        Output.WriteLine($"Licence {number} at {Page.Url}; screenshot {await ScreenshotAsync("licensing-approved")}");

        var href = await Page.Locator("#licence-pdf").GetAttributeAsync("href");
        var pdf = await Page.Context.APIRequest.GetAsync(href!);
        pdf.Status.ShouldBe(200);
        pdf.Headers["content-type"].ShouldStartWith("application/pdf");
        var bytes = await pdf.BodyAsync();
        System.Text.Encoding.ASCII.GetString(bytes, 0, 5).ShouldBe("%PDF-");

        await Page.GetByRole(AriaRole.Link, new() { Name = "公开核验页" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("有效");
        await Expect(Page.Locator("dl.facts")).ToContainTextAsync(number);
    }

    [Fact]
    public async Task A_banned_legal_representative_sends_the_application_to_review_with_the_reason_shown()
    {
        var banned = NewIdNumber();
        await using (var scope = App.Server.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RecordBanHandler>().RecordAsync(new AddBanRequest
            {
                PersonName = "司徒志强",
                IdNumber = banned,
                Reason = "因生产销售有毒有害食品被判处刑罚",
                Decision = "江市监禁〔2025〕7号",
                BannedFrom = new DateOnly(2025, 3, 1),
            }, default);
        }

        Page.SetDefaultNavigationTimeout(SlowStepMs);
        await LogInAsync("enterprise");
        await GoToAsync("/licensing/apply");
        await FillAsync(banned);
        await Page.GetByRole(AriaRole.Button, new() { Name = "提交申请" }).ClickAsync(new() { Timeout = SlowStepMs });

        await Expect(Page.Locator("#application-status")).ToHaveTextAsync("审查中", new() { Timeout = SlowStepMs });
        await Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("已转人工审查");
        var rule = Page.Locator("table.rules tr[data-rule='legal_representative_not_banned']");
        await Expect(rule).ToContainTextAsync("未通过");
        await Expect(rule).ToContainTextAsync("江市监禁〔2025〕7号");
        await Expect(rule).ToContainTextAsync("食品安全法");
        await Expect(rule).Not.ToContainTextAsync("司徒志强");
        await Expect(Page.Locator("#licence-number")).ToHaveCountAsync(0);
        await Expect(Page.Locator("#licence-pdf")).ToHaveCountAsync(0);
    }

    private Task FillAsync(string legalRepresentativeId) =>
        LicenceApplicationForm.FillPrepackagedSalesAsync(Page, Demo.EnterpriseOperator.JurisdictionCode, legalRepresentativeId);

    private static string NewIdNumber() => LicenceApplicationForm.NewIdNumber();

    [GeneratedRegex(@"^JY1\d{13}$")]
    private static partial Regex LicenceNumberPattern();
}
