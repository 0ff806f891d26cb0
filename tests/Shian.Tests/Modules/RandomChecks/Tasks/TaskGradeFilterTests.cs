using System.Net;
using System.Text.Json;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.RandomChecks.RandomChecksFixture;

namespace Shian.Tests.Modules.RandomChecks.Tasks;

/// <summary>
/// The task's risk-grade filter (风险等级, read through RiskGrading's IRiskGrades): the frozen pool holds only the
/// operators of the chosen grades, the filter is public, and the draw still recomputes from the published JSON.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class TaskGradeFilterTests(ShianAppFactory app)
{
    [Fact]
    public async Task A_task_filtered_to_grades_C_and_D_freezes_and_draws_only_C_and_D_operators_and_the_draw_still_verifies()
    {
        const string town = "440783004";
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var (byGrade, ungraded) = await GradedOperatorsAsync(admin, town);
        await InspectorsAsync(app, 2);
        var body = Task(town, proportion: 100m);
        body["grades"] = new[] { "D", "c" }; // lower case and any order are accepted, stored as "C,D"
        var taskId = await CreateTaskAsync(admin, body);
        (await (await admin.GetAsync(RandomChecksApiPaths.Task(taskId), Ct)).ReadJsonAsync())
            .GetProperty("grades").EnumerateArray().Select(g => g.GetString()).ShouldBe(["C", "D"]);

        var round = await (await CommitAsync(admin, taskId)).ReadJsonAsync();
        var wanted = byGrade["C"].Concat(byGrade["D"]).Select(o => o.Code).Order(StringComparer.Ordinal).ToList();
        round.GetProperty("poolSize").GetInt32().ShouldBe(wanted.Count);
        (await DrawAsync(admin, taskId)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var anonymous = app.AnonymousClient();
        var json = await anonymous.GetStringAsync(RandomChecksApiPaths.Verification(taskId), Ct);
        var verification = JsonDocument.Parse(json).RootElement;
        var filter = verification.GetProperty("filter");
        filter.GetProperty("jurisdictionCode").GetString().ShouldBe(town);
        filter.GetProperty("category").GetString().ShouldBe(Category);
        filter.GetProperty("grades").EnumerateArray().Select(g => g.GetString()).ShouldBe(["C", "D"]);
        var published = verification.GetProperty("rounds")[0];
        published.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ShouldBe(wanted);
        Drawn(verification).Keys.Order(StringComparer.Ordinal).ShouldBe(wanted);
        Drawn(verification).Keys.ShouldNotContain(ungraded.Code);
        (await RunVerifierAsync(json)).ShouldContain("round 1: MATCH");

        var page = await anonymous.GetPageAsync(RandomChecksApiPaths.PublicPage(taskId));
        page.ShouldContain("C级、D级");
        page.ShouldContain("data-recompute=\"match\"");
        (await admin.GetPageAsync(RandomChecksApiPaths.TaskPage(taskId))).ShouldContain("C级、D级");
    }

    [Fact]
    public async Task Without_a_grade_filter_every_operator_is_in_the_pool_also_the_ungraded()
    {
        const string town = "440783005";
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var (byGrade, ungraded) = await GradedOperatorsAsync(admin, town);
        await InspectorsAsync(app, 2);
        var taskId = await CreateTaskAsync(admin, Task(town, proportion: 100m));

        var round = await (await CommitAsync(admin, taskId)).ReadJsonAsync();
        var everyone = byGrade.Values.SelectMany(v => v).Select(o => o.Code).Append(ungraded.Code).Order(StringComparer.Ordinal).ToList();
        round.GetProperty("poolSize").GetInt32().ShouldBe(everyone.Count);
        (await DrawAsync(admin, taskId)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var anonymous = app.AnonymousClient();
        var json = await anonymous.GetStringAsync(RandomChecksApiPaths.Verification(taskId), Ct);
        var verification = JsonDocument.Parse(json).RootElement;
        verification.GetProperty("filter").GetProperty("grades").GetArrayLength().ShouldBe(0);
        Drawn(verification).Keys.Order(StringComparer.Ordinal).ShouldBe(everyone);
        (await RunVerifierAsync(json)).ShouldContain("round 1: MATCH");
        (await anonymous.GetPageAsync(RandomChecksApiPaths.PublicPage(taskId))).ShouldContain("全部（含未评级）");
    }

    [Theory]
    [InlineData("[\"E\"]", "randomchecks.unknown_grade")]
    [InlineData("[\"AB\"]", "randomchecks.unknown_grade")]
    [InlineData("[\"\"]", "randomchecks.unknown_grade")]
    [InlineData("[null]", "randomchecks.unknown_grade")]
    [InlineData("[\"C\", \"甲\"]", "randomchecks.unknown_grade")]
    [InlineData("[\"A\", \"B\", \"C\", \"D\", \"A\"]", "request.validation_failed")]
    [InlineData("\"C\"", null)]
    [InlineData("[1]", null)]
    public async Task Bad_grade_values_are_a_400_on_the_grades_field(string grades, string? code)
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var body = JsonSerializer.Serialize(Task("440783006"), TestData.Json)[..^1] + ",\"grades\":" + grades + "}";
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var problem = await (await admin.PostAsync(RandomChecksApiPaths.Tasks, content, Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, code);
        if (code is not null)
        {
            problem.GetProperty("errors").TryGetProperty("grades", out _).ShouldBeTrue(problem.ToString());
        }
    }

    [Fact]
    public async Task A_grade_filter_that_matches_nobody_is_an_empty_pool_and_the_form_page_takes_grades()
    {
        const string town = "440783006";
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var operators = await OperatorsAsync(admin, town, 2);
        await SetGradesAsync(app, operators.Select(o => (o.Id, (string?)"A")));
        await InspectorsAsync(app, 2);
        var body = Task(town, proportion: 100m);
        body["grades"] = new[] { "D" };
        var taskId = await CreateTaskAsync(admin, body);
        await (await CommitAsync(admin, taskId)).ShouldBeProblemAsync((HttpStatusCode)422, "randomchecks.empty_pool");

        var name = "等级表单" + TestData.Token();
        var created = await admin.PostFormAsync(RandomChecksApiPaths.NewTaskPage, "task",
            ("Input.Name", name), ("Input.JurisdictionCode", town), ("Input.Category", Category), ("Input.Grades", "C"), ("Input.Grades", "D"),
            ("Input.Proportion", "50"), ("Input.InspectorsPerTarget", "2"));
        (await admin.FollowRedirectAsync(created)).ShouldContain("C级、D级");
        var bad = await (await admin.PostFormAsync(RandomChecksApiPaths.NewTaskPage, "task",
            ("Input.Name", name), ("Input.JurisdictionCode", town), ("Input.Grades", "Z"), ("Input.Proportion", "50"))).ReadPageAsync();
        bad.ShouldContain("风险等级只能是 A、B、C、D 中的一项或多项");
    }

    /// <summary>Seven operators in <paramref name="town"/>: graded A, B, C, C, D, D and one without a grade.</summary>

    private async Task<(Dictionary<string, List<(Guid Id, string Code)>> ByGrade, (Guid Id, string Code) Ungraded)> GradedOperatorsAsync(HttpClient admin, string town)
    {
        var operators = await OperatorsAsync(admin, town, 7);
        string?[] letters = ["A", "B", "C", "C", "D", "D", null];
        await SetGradesAsync(app, operators.Zip(letters, (o, g) => (o.Id, g)));
        var byGrade = "ABCD".ToDictionary(c => c.ToString(), c => operators.Zip(letters).Where(p => p.Second == c.ToString()).Select(p => p.First).ToList());
        return (byGrade, operators[^1]);
    }
}
