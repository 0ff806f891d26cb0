using System.Net.Http.Json;
using System.Text.Json;
using Shian.Modules.Complaints.Contracts;
using Shian.Modules.Incidents.Contracts;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Penalties.Contracts;
using Shian.Modules.Sampling.Contracts;
using Shian.Tests.Infrastructure;
using Shian.Tests.Modules.Credit;

namespace Shian.Tests.Modules.RiskGrading.Regrade;

/// <summary>
/// Grading reacts to events and to a manual re-grade: a newcomer is graded on registration, a failing inspection
/// and the events of future modules move the grade and show in the breakdown, a serious-violation listing gives D.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RegradeTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateOnly Today => RiskGradingTestData.Today(app);

    private Task<JsonElement> GradeAsync(Guid operatorId, string user = TestUsers.Admin) => RiskGradingTestData.GradeAsync(app, operatorId, user);

    [Fact]
    public async Task A_new_operator_is_graded_on_registration_from_its_static_score()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var id = await TestData.CreateOperatorAsync(admin, RiskGradingTestData.NewOperator(TestData.TaishanTown, "school_canteen"));

        var grade = await GradeAsync(id);

        // 学校食堂 18 + unknown legal form (default) 5 + 产品 10 = 33 → B, before the job reads the file.
        grade.GetProperty("grade").GetString().ShouldBe("B");
        grade.GetProperty("staticScore").GetDecimal().ShouldBe(33);
        grade.GetProperty("dynamicScore").GetDecimal().ShouldBe(0);
        grade.GetProperty("trigger").GetString().ShouldBe("registration");
        grade.GetProperty("history").GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_failing_inspection_regrades_at_once_and_the_breakdown_lists_it()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var id = await TestData.CreateOperatorAsync(admin, RiskGradingTestData.NewOperator(TestData.TaishanTown));
        (await GradeAsync(id)).GetProperty("grade").GetString().ShouldBe("A");

        var inspection = RiskGradingTestData.Inspection(id, TestData.TaishanTown, InspectionResult.DoesNotConform, 3, 4, Today.AddDays(-1));
        await RiskGradingTestData.RaiseAsync(app, inspection);

        var grade = await GradeAsync(id);
        // static 23 (the re-grade reads the legal form from the file) + 15 + 3 × 3 + 4 × 0.5 = 49 → C
        grade.GetProperty("totalScore").GetDecimal().ShouldBe(49);
        grade.GetProperty("grade").GetString().ShouldBe("C");
        var lines = grade.GetProperty("breakdown").EnumerateArray().ToList();
        var result = lines.Single(f => f.GetProperty("key").GetString() == "inspection_result");
        result.GetProperty("points").GetDecimal().ShouldBe(15);
        result.GetProperty("eventSource").GetString().ShouldBe($"inspections:{inspection.InspectionId}");
        result.GetProperty("citation").GetString()!.ShouldContain("动态风险因素量化分值表");
        lines.Single(f => f.GetProperty("key").GetString() == "key_items_failed").GetProperty("points").GetDecimal().ShouldBe(9);
        var history = grade.GetProperty("history").EnumerateArray().First();
        (history.GetProperty("fromGrade").GetString(), history.GetProperty("toGrade").GetString()).ShouldBe(("A", "C"));
        history.GetProperty("trigger").GetString().ShouldBe($"inspections:{inspection.InspectionId}");
        grade.GetProperty("events").EnumerateArray().ShouldContain(e => e.GetProperty("source").GetString() == $"inspections:{inspection.InspectionId}");
        var timeline = await (await admin.GetAsync($"/api/v1/operators/{id}/timeline", Ct)).ReadJsonAsync();
        timeline.GetProperty("items").EnumerateArray().Single(t => t.GetProperty("kind").GetString() == "riskgrading.grade_changed")
            .GetProperty("title").GetString()!.ShouldContain("由 A 级调整为 C 级");

        // The same event again (a retried save) is recorded once and changes nothing.
        await RiskGradingTestData.RaiseAsync(app, inspection);
        (await GradeAsync(id)).GetProperty("history").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Events_of_future_modules_move_the_dynamic_score()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var id = await TestData.CreateOperatorAsync(admin, RiskGradingTestData.NewOperator(TestData.TaishanTown, "sales"));

        await RiskGradingTestData.RaiseAsync(app,
            new SamplingFailed(Guid.NewGuid(), id, "county", "散装白酒", Today.AddDays(-3)),
            new PenaltyDecided(Guid.NewGuid(), id, ["warning"], false, "台市监罚〔2026〕9号", Today.AddDays(-2)),
            new ComplaintVerified(Guid.NewGuid(), id, Today.AddDays(-1)));

        var grade = await GradeAsync(id);
        grade.GetProperty("dynamicScore").GetDecimal().ShouldBe(15 + 5 + 3);
        grade.GetProperty("events").GetArrayLength().ShouldBe(3);

        await RiskGradingTestData.RaiseAsync(app, new IncidentRecorded(Guid.NewGuid(), id, "IV", Today));
        (await GradeAsync(id)).GetProperty("grade").GetString().ShouldBe("D"); // 6+7+4 static + 53 dynamic = 70
    }

    [Fact]
    public async Task An_operator_on_the_serious_violation_list_is_graded_D()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var body = RiskGradingTestData.NewOperator(TestData.TaishanTown, "sales");
        var id = await TestData.CreateOperatorAsync(admin, body);
        (await admin.PostAsJsonAsync(CreditApiPaths.SeriousViolations, new
        {
            creditCode = body["creditCode"],
            entityName = body["name"],
            reason = "生产经营病死畜禽肉",
            decision = "江市监信〔2026〕8号",
            listedOn = Today.AddDays(-1),
        }, Ct)).EnsureSuccessStatusCode();

        var regraded = await (await admin.PostAsync(RiskGradingApiPaths.Regrade(id), null, Ct)).ReadJsonAsync();

        regraded.GetProperty("grade").GetString().ShouldBe("D");
        regraded.GetProperty("seriousViolationListed").GetBoolean().ShouldBeTrue();
        regraded.GetProperty("breakdown").EnumerateArray().ShouldContain(f => f.GetProperty("part").GetString() == "override");

        // Any later event re-grade checks the list again.
        await RiskGradingTestData.RaiseAsync(app, RiskGradingTestData.Inspection(id, TestData.TaishanTown, InspectionResult.Conforms, 0, 0, Today));
        (await GradeAsync(id)).GetProperty("grade").GetString().ShouldBe("D");
    }
}
