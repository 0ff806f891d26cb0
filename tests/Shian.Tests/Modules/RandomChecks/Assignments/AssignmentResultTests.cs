using System.Net;
using Shian.Modules.Inspections.Contracts;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.RandomChecks.RandomChecksFixture;

namespace Shian.Tests.Modules.RandomChecks.Assignments;

/// <summary>A drawn target closes when the inspection it started is completed.</summary>
[Collection(AppCollection.Name)]
public sealed class AssignmentResultTests(ShianAppFactory app)
{
    [Fact]
    public async Task A_completed_inspection_from_the_task_closes_the_target_with_a_publication_date_in_working_days()
    {
        const string town = "440783007";
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var operators = await OperatorsAsync(admin, town, 2);
        var inspectors = await InspectorsAsync(app, 2);
        var taskId = await CreateTaskAsync(admin, Task(town));
        (await CommitAsync(admin, taskId)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await DrawAsync(admin, taskId)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var drawn = Drawn(await VerificationAsync(admin, taskId));
        var team = drawn[operators[0].Code].Select(Guid.Parse).ToList();

        // 2026-09-30 (Wed) + 20 working days skips the National Day week and counts Saturday 10-10 (调休): 2026-11-03;
        // a plain weekday count would give 2026-10-28.
        await RaiseInspectionAsync(app, operators[0].Id, town, team, new DateOnly(2026, 9, 30), $"randomchecks:{taskId}", InspectionResult.BasicallyConforms);
        await RaiseInspectionAsync(app, operators[1].Id, town, team, new DateOnly(2026, 9, 30), $"randomchecks:{Guid.NewGuid()}");

        using var anonymous = app.AnonymousClient();
        var targets = (await (await anonymous.GetAsync(RandomChecksApiPaths.Public(taskId), Ct)).ReadJsonAsync()).GetProperty("targets").EnumerateArray().ToList();
        var done = targets.Single(t => t.GetProperty("creditCode").GetString() == operators[0].Code);
        done.GetProperty("status").GetString().ShouldBe("Done");
        done.GetProperty("result").GetString().ShouldBe("BasicallyConforms");
        done.GetProperty("publishBy").GetString().ShouldBe("2026-11-03");
        targets.Single(t => t.GetProperty("creditCode").GetString() == operators[1].Code).GetProperty("status").GetString().ShouldBe("Open");
        (await anonymous.GetPageAsync(RandomChecksApiPaths.PublicPage(taskId))).ShouldContain("基本符合");
    }
}
