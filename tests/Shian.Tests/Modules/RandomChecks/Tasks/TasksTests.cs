using System.Net;
using System.Net.Http.Json;
using Shian.Shared.Security;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.RandomChecks.RandomChecksFixture;

namespace Shian.Tests.Modules.RandomChecks.Tasks;

/// <summary>Creating tasks through the API and the staff pages, and who may.</summary>
[Collection(AppCollection.Name)]
public sealed class TasksTests(ShianAppFactory app)
{
    [Theory]
    [InlineData("0", null, "request.validation_failed")]
    [InlineData(null, 0, "request.validation_failed")]
    [InlineData("100.5", null, "request.validation_failed")]
    [InlineData("-5", null, "request.validation_failed")]
    [InlineData(null, null, "randomchecks.proportion_or_count")]
    [InlineData("10", 5, "randomchecks.proportion_or_count")]
    public async Task Bad_proportion_or_count_is_refused_with_a_clear_400(string? proportion, int? count, string code)
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var body = Task("440783008", proportion is null ? null : decimal.Parse(proportion, System.Globalization.CultureInfo.InvariantCulture), count);

        await (await admin.PostAsJsonAsync(RandomChecksApiPaths.Tasks, body, TestData.Json, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task Wrong_role_and_wrong_jurisdiction_are_refused()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await OperatorsAsync(admin, "440783011", 2);
        await InspectorsAsync(app, 2);
        var taskId = await CreateTaskAsync(admin, Task("440783011"));
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        using var anonymous = app.AnonymousClient();

        await (await taishan.PostAsJsonAsync(RandomChecksApiPaths.Tasks, Task("440781001"), TestData.Json, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await CommitAsync(taishan, taskId)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        // The leader oversees (reads everything) but creates and commits no task: that is the administrators' work.
        using var leader = await app.ClientAsAsync(TestUsers.Leader);
        await (await leader.PostAsJsonAsync(RandomChecksApiPaths.Tasks, Task("440783011"), TestData.Json, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await CommitAsync(leader, taskId)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await leader.GetAsync(RandomChecksApiPaths.Task(taskId), Ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await DrawAsync(anonymous, taskId)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await (await taishan.GetAsync(RandomChecksApiPaths.Task(taskId), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "randomchecks.task_not_found");
        await (await admin.GetAsync(RandomChecksApiPaths.MyAssignments, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        // A Xinhui administrator may run draws in Xinhui only.
        var name = "t.rc.admin." + TestData.Token().ToLowerInvariant();
        await StaffAsync(app, name, Roles.Administrator, "440705");
        using var xinhuiAdmin = await app.ClientAsAsync(name);
        await (await xinhuiAdmin.PostAsJsonAsync(RandomChecksApiPaths.Tasks, Task("440783011"), TestData.Json, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "randomchecks.out_of_scope");
        await (await CommitAsync(xinhuiAdmin, taskId)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "randomchecks.task_not_found");
        (await xinhuiAdmin.PostAsJsonAsync(RandomChecksApiPaths.Tasks, Task(TestData.XinhuiOtherTown), TestData.Json, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var list = await (await xinhuiAdmin.GetAsync(RandomChecksApiPaths.Tasks, Ct)).ReadJsonAsync();
        list.GetProperty("items").EnumerateArray().ShouldAllBe(t => t.GetProperty("jurisdictionCode").GetString()!.StartsWith("440705"));
    }

    [Fact]
    public async Task Staff_pages_create_commit_and_draw_a_task()
    {
        const string town = "440783012";
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await OperatorsAsync(admin, town, 2);
        await InspectorsAsync(app, 2);
        var name = "页面任务" + TestData.Token();

        var created = await admin.PostFormAsync(RandomChecksApiPaths.NewTaskPage, "task",
            ("Input.Name", name), ("Input.JurisdictionCode", town), ("Input.Category", Category), ("Input.Proportion", "100"), ("Input.InspectorsPerTarget", "2"));
        var taskPage = await admin.FollowRedirectAsync(created);
        taskPage.ShouldContain(name);
        taskPage.ShouldContain("公布承诺值并冻结名录");
        var url = created.Headers.Location!.ToString();

        (await (await admin.PostFormAsync(url, "commit")).ReadPageAsync()).ShouldContain("承诺值已公布");
        var drawnPage = await (await admin.PostFormAsync(url, "draw")).ReadPageAsync();
        drawnPage.ShouldContain("抽取完成");
        (await admin.GetPageAsync(RandomChecksApiPaths.TasksPage)).ShouldContain(name);
        var tooSmall = await (await admin.PostFormAsync(RandomChecksApiPaths.NewTaskPage, "task",
            ("Input.Name", name), ("Input.JurisdictionCode", town), ("Input.Proportion", "10"), ("Input.InspectorsPerTarget", "1"))).ReadPageAsync();
        tooSmall.ShouldContain("每户检查人员不得少于2人");
    }
}
