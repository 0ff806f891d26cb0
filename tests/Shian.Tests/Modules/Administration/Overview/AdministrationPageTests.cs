using System.Net;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Administration.Overview;

[Collection(AppCollection.Name)]
public sealed class AdministrationPageTests(ShianAppFactory app)
{
    public static readonly TheoryData<string> StaffPages =
        ["/administration", "/administration/calendar", "/administration/rules", "/administration/api-keys", "/audit"];

    [Fact]
    public async Task Admin_sees_the_administration_index_with_a_link_to_every_page()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var html = await admin.GetPageAsync("/administration");

        html.ShouldContain("<h1>系统管理</h1>");
        foreach (var link in new[] { "/administration/calendar", "/administration/rules", "/administration/api-keys", "/audit" })
        {
            html.ShouldContain($"href=\"{link}\"");
        }
    }

    [Theory]
    [MemberData(nameof(StaffPages))]
    public async Task Inspector_is_denied_and_anonymous_is_sent_to_login(string url)
    {
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);
        using var anonymous = app.AnonymousClient();

        var denied = await inspector.GetAsync(url);
        var login = await anonymous.GetAsync(url);

        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.ToString().ShouldContain("/account/denied");
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        login.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Fact]
    public async Task Leader_may_verify_through_the_API_but_not_administer()
    {
        using var leader = await app.ClientAsAsync(TestUsers.Leader);

        (await leader.GetAsync("/administration/api-keys")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await leader.GetAsync("/administration/rules")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task Navigation_shows_administration_and_audit_to_the_administrator_only()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);

        var adminHome = await admin.GetPageAsync("/");
        var inspectorHome = await inspector.GetPageAsync("/");

        adminHome.ShouldContain("href=\"/administration\"");
        adminHome.ShouldContain("href=\"/audit\"");
        inspectorHome.ShouldNotContain("href=\"/administration\"");
        inspectorHome.ShouldNotContain("href=\"/audit\"");
    }

    [Fact]
    public async Task Pages_switch_to_English()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var calendar = await admin.GetPageAsync("/administration/calendar?year=2026&culture=en-US&ui-culture=en-US");
        var keys = await admin.GetPageAsync("/administration/api-keys?culture=en-US&ui-culture=en-US");

        calendar.ShouldContain("Working-day calendar");
        calendar.ShouldContain("Deadline calculator");
        keys.ShouldContain("Create a key");
    }
}
