using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Operators.Contracts;
using Shian.Shared.Persistence;
using Shian.Shared.Security;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Operators;

/// <summary>The operator's inbox: any module posts through IOperatorInbox; the operator's enterprise users read it.</summary>
[Collection(AppCollection.Name)]
public sealed class OperatorInboxTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(Guid OperatorId, HttpClient Enterprise)> EnterpriseAsync()
    {
        var admin = await app.ClientAsAsync(TestUsers.Admin);
        var operatorId = await TestData.CreateOperatorAsync(admin);
        var userName = "t.ent." + Guid.NewGuid().ToString("N")[..8];
        using (var scope = app.Services.CreateScope())
        {
            await TestUsers.CreateEnterpriseUserAsync(scope.ServiceProvider.GetRequiredService<UserManager<ShianUser>>(), userName, operatorId);
        }

        return (operatorId, await app.ClientAsAsync(userName));
    }

    private async Task PostAsync(Guid operatorId, string title)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<IOperatorInbox>()
            .PostAsync(new OperatorInboxMessage(operatorId, "Licensing", "test.notice", title, "正文：" + title, "/verify/licence/X"), Ct);
        await scope.ServiceProvider.GetRequiredService<ShianDbContext>().SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task Enterprise_user_lists_reads_and_marks_its_own_messages_only()
    {
        var (operatorId, enterprise) = await EnterpriseAsync();
        var (otherId, other) = await EnterpriseAsync();
        await PostAsync(operatorId, "第一条");
        await PostAsync(operatorId, "第二条");
        await PostAsync(otherId, "别家的");

        var page = await (await enterprise.GetAsync(OperatorsApiPaths.MineInbox, Ct)).ReadJsonAsync();

        page.GetProperty("unreadCount").GetInt32().ShouldBe(2);
        var items = page.GetProperty("messages").GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.GetProperty("title").GetString()).ShouldBe(["第二条", "第一条"]);
        var first = items[1].GetProperty("id").GetGuid();
        var read = await (await enterprise.PostAsync($"/api/v1/operators/mine/inbox/{first}/read", null, Ct)).ReadJsonAsync();
        read.GetProperty("readAt").ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Null);
        (await (await enterprise.GetAsync("/api/v1/operators/mine/inbox?unreadOnly=true", Ct)).ReadJsonAsync())
            .GetProperty("messages").GetProperty("items").EnumerateArray().Single().GetProperty("title").GetString().ShouldBe("第二条");
        await (await other.PostAsync($"/api/v1/operators/mine/inbox/{first}/read", null, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "operators.inbox_message_not_found");
        await (await other.GetAsync($"/api/v1/operators/mine/inbox/{first}", Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "operators.inbox_message_not_found");
        (await (await enterprise.PostAsync(OperatorsApiPaths.MineInboxReadAll, null, Ct)).ReadJsonAsync()).GetProperty("marked").GetInt32().ShouldBe(1);
        (await (await enterprise.GetAsync(OperatorsApiPaths.MineInbox, Ct)).ReadJsonAsync()).GetProperty("unreadCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Staff_have_no_inbox_and_the_page_shows_messages_and_marks_them_read()
    {
        using var inspector = await app.ClientAsAsync(TestUsers.TaishanInspector);
        (await inspector.GetAsync(OperatorsApiPaths.MineInbox, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var (operatorId, enterprise) = await EnterpriseAsync();
        await PostAsync(operatorId, "到期提醒测试");

        var html = await enterprise.GetPageAsync("/my/inbox");
        html.ShouldContain("到期提醒测试");
        html.ShouldContain("未读消息 1 条");

        var after = await (await enterprise.PostFormAsync("/my/inbox", "inbox-read-all")).ReadPageAsync();
        after.ShouldContain("未读消息 0 条");
        (await (await enterprise.GetAsync(OperatorsApiPaths.MineInbox, Ct)).ReadJsonAsync()).GetProperty("unreadCount").GetInt32().ShouldBe(0);
    }
}
