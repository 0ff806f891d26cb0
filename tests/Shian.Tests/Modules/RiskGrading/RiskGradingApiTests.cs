using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Complaints.Contracts;
using Shian.Modules.Incidents.Contracts;
using Shian.Modules.Inspections.Contracts;
using Shian.Modules.Operators.Domain;
using Shian.Modules.Penalties.Contracts;
using Shian.Modules.RiskGrading.Contracts;
using Shian.Modules.RiskGrading.Domain;
using Shian.Modules.Sampling.Contracts;
using Shian.Shared.Jobs;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.RiskGrading;

/// <summary>
/// Grades through the real events and HTTP: a newcomer is graded on registration, a failing inspection moves the
/// grade and shows in the breakdown, the job grades the ungraded, the annual re-grade raises and lowers, a
/// serious-violation listing gives D, and staff only read their own jurisdiction.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RiskGradingApiTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    internal static Dictionary<string, object?> NewOperator(string town, string category = "catering", string entityType = "Enterprise")
    {
        var body = TestData.Operator(town);
        body["categories"] = new[] { category };
        body["entityType"] = entityType;
        return body;
    }

    internal static async Task RaiseAsync(ShianAppFactory app, params IDomainEvent[] events)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        foreach (var e in events)
        {
            db.Raise(e);
        }

        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    internal static InspectionCompleted Inspection(
        Guid operatorId, string town, InspectionResult result, int key, int general, DateOnly on, string kind = "routine") =>
        new(Guid.NewGuid(), operatorId, null, town, kind, "catering", result, key, general, null, on, on.AddDays(28), [Guid.NewGuid(), Guid.NewGuid()], null, null);

    private async Task<JsonElement> GradeAsync(Guid operatorId, string user = TestUsers.Admin)
    {
        using var client = await app.ClientAsAsync(user);
        return await (await client.GetAsync($"/api/v1/riskgrading/operators/{operatorId}", Ct)).ReadJsonAsync();
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    [Fact]
    public async Task A_new_operator_is_graded_on_registration_from_its_static_score()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var id = await TestData.CreateOperatorAsync(admin, NewOperator(TestData.TaishanTown, "school_canteen"));

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
        var id = await TestData.CreateOperatorAsync(admin, NewOperator(TestData.TaishanTown));
        (await GradeAsync(id)).GetProperty("grade").GetString().ShouldBe("A");

        var inspection = Inspection(id, TestData.TaishanTown, InspectionResult.DoesNotConform, 3, 4, Today.AddDays(-1));
        await RaiseAsync(app, inspection);

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
        await RaiseAsync(app, inspection);
        (await GradeAsync(id)).GetProperty("history").GetArrayLength().ShouldBe(2);
    }

    [Fact]
    public async Task Events_of_future_modules_move_the_dynamic_score()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var id = await TestData.CreateOperatorAsync(admin, NewOperator(TestData.TaishanTown, "sales"));

        await RaiseAsync(app,
            new SamplingFailed(Guid.NewGuid(), id, "county", "散装白酒", Today.AddDays(-3)),
            new PenaltyDecided(Guid.NewGuid(), id, ["warning"], false, "台市监罚〔2026〕9号", Today.AddDays(-2)),
            new ComplaintVerified(Guid.NewGuid(), id, Today.AddDays(-1)));

        var grade = await GradeAsync(id);
        grade.GetProperty("dynamicScore").GetDecimal().ShouldBe(15 + 5 + 3);
        grade.GetProperty("events").GetArrayLength().ShouldBe(3);

        await RaiseAsync(app, new IncidentRecorded(Guid.NewGuid(), id, "IV", Today));
        (await GradeAsync(id)).GetProperty("grade").GetString().ShouldBe("D"); // 6+7+4 static + 53 dynamic = 70
    }

    [Fact]
    public async Task The_job_grades_operators_without_a_grade_and_completes_the_profile_of_newcomers()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var registered = await TestData.CreateOperatorAsync(admin, NewOperator(TestData.XinhuiTown, "catering", "IndividualBusiness"));
        var seeded = await InsertWithoutEventAsync(TestData.XinhuiTown, "central_kitchen");
        await (await admin.GetAsync($"/api/v1/riskgrading/operators/{seeded}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var run = await app.Services.GetRequiredService<JobRunner>().RunNowAsync("riskgrading.grade_operators", Ct);

        run.LastSucceeded.ShouldBe(true, run.LastSummary);
        var central = await GradeAsync(seeded);
        central.GetProperty("staticScore").GetDecimal().ShouldBe(18 + 7 + 10);
        central.GetProperty("priority").GetBoolean().ShouldBeTrue(); // 中央厨房: Art. 22 priority inspection
        var completed = await GradeAsync(registered);
        completed.GetProperty("staticScore").GetDecimal().ShouldBe(10 + 3 + 6); // legal form now read from the file
        completed.GetProperty("profileComplete").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Annual_regrade_raises_after_a_national_sampling_failure_and_lowers_after_three_clean_years()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var failing = await TestData.CreateOperatorAsync(admin, NewOperator(TestData.TaishanTown));
        await RaiseAsync(app, new SamplingFailed(Guid.NewGuid(), failing, "national", "餐饮自制面点", new DateOnly(Today.Year, 1, 15)));
        var clean = await TestData.CreateOperatorAsync(admin, NewOperator(TestData.TaishanTown, "school_canteen", "PublicInstitution"));
        await app.ExecuteAsync("UPDATE \"operators_operator\" SET \"RegisteredAt\" = @at WHERE \"Id\" = @id",
            ("at", new DateTimeOffset(2019, 3, 1, 0, 0, 0, TimeSpan.Zero)), ("id", clean));

        var response = await admin.PostAsJsonAsync("/api/v1/riskgrading/annual-regrade", new { year = Today.Year + 1 }, Ct);
        (await response.ReadJsonAsync()).GetProperty("operators").GetInt32().ShouldBeGreaterThan(0);

        var raised = await GradeAsync(failing);
        raised.GetProperty("scoreGrade").GetString().ShouldBe("B"); // 23 + 15
        raised.GetProperty("grade").GetString().ShouldBe("C");      // raised one level
        raised.GetProperty("breakdown").EnumerateArray().ShouldContain(f =>
            f.GetProperty("part").GetString() == "adjustment" && f.GetProperty("points").GetDecimal() == 1);
        var lowered = await GradeAsync(clean);
        lowered.GetProperty("scoreGrade").GetString().ShouldBe("B"); // 36
        lowered.GetProperty("grade").GetString().ShouldBe("A");
        lowered.GetProperty("breakdown").EnumerateArray().ShouldContain(f => f.GetProperty("ruleKey").GetString() == "lower_clean_years");

        // The adjustment holds for the year: a later event re-grade keeps it.
        await RaiseAsync(app, Inspection(clean, TestData.TaishanTown, InspectionResult.Conforms, 0, 0, Today));
        (await GradeAsync(clean)).GetProperty("grade").GetString().ShouldBe("A");

        var wrongYear = await admin.PostAsJsonAsync("/api/v1/riskgrading/annual-regrade", new { year = Today.Year + 2 }, Ct);
        await wrongYear.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "riskgrading.year_out_of_range");
    }

    [Fact]
    public async Task An_operator_on_the_serious_violation_list_is_graded_D()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var body = NewOperator(TestData.TaishanTown, "sales");
        var id = await TestData.CreateOperatorAsync(admin, body);
        (await admin.PostAsJsonAsync("/api/v1/credit/serious-violations", new
        {
            creditCode = body["creditCode"],
            entityName = body["name"],
            reason = "生产经营病死畜禽肉",
            decision = "江市监信〔2026〕8号",
            listedOn = Today.AddDays(-1),
        }, Ct)).EnsureSuccessStatusCode();

        var regraded = await (await admin.PostAsync($"/api/v1/riskgrading/operators/{id}/regrade", null, Ct)).ReadJsonAsync();

        regraded.GetProperty("grade").GetString().ShouldBe("D");
        regraded.GetProperty("seriousViolationListed").GetBoolean().ShouldBeTrue();
        regraded.GetProperty("breakdown").EnumerateArray().ShouldContain(f => f.GetProperty("part").GetString() == "override");

        // Any later event re-grade checks the list again.
        await RaiseAsync(app, Inspection(id, TestData.TaishanTown, InspectionResult.Conforms, 0, 0, Today));
        (await GradeAsync(id)).GetProperty("grade").GetString().ShouldBe("D");
    }

    [Fact]
    public async Task Staff_read_grades_only_in_their_jurisdiction()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var taishan = await TestData.CreateOperatorAsync(admin, NewOperator(TestData.TaishanTown));
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        using var taishanInspector = await app.ClientAsAsync(TestUsers.TaishanInspector);

        await (await xinhui.GetAsync($"/api/v1/riskgrading/operators/{taishan}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "riskgrading.grade_not_found");
        (await GradeAsync(taishan, TestUsers.TaishanInspector)).GetProperty("grade").GetString().ShouldBe("A");
        var list = await (await xinhui.GetAsync("/api/v1/riskgrading/grades?jurisdiction=440781&pageSize=200", Ct)).ReadJsonAsync();
        list.GetProperty("totalCount").GetInt32().ShouldBe(0);
        var distribution = await (await xinhui.GetAsync("/api/v1/riskgrading/distribution", Ct)).ReadJsonAsync();
        distribution.EnumerateArray().Select(d => d.GetProperty("districtCode").GetString()).ShouldBe(["440705"]);
        await (await xinhui.PostAsync($"/api/v1/riskgrading/operators/{taishan}/regrade", null, Ct)).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        // IRiskGrades, the contract other modules use, is scoped the same way for the system (everything).
        using var scope = app.Services.CreateScope();
        var grades = scope.ServiceProvider.GetRequiredService<IRiskGrades>();
        (await grades.FindAsync(taishan, Ct))!.Grade.ShouldBe("A");
        (await grades.FindManyAsync([taishan, Guid.NewGuid()], Ct)).Keys.ShouldBe([taishan]);
        var stream = new List<OperatorRiskGrade>();
        await foreach (var g in grades.StreamByGradeAsync(TestData.TaishanTown, ["A"], Ct))
        {
            stream.Add(g);
        }

        stream.ShouldContain(g => g.OperatorId == taishan);
        stream.ShouldAllBe(g => g.Grade == "A" && g.JurisdictionCode == TestData.TaishanTown);
    }

    [Fact]
    public async Task Bad_queries_get_problems_not_errors()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await (await admin.GetAsync("/api/v1/riskgrading/grades?grade=E", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "riskgrading.unknown_grade");
        await (await admin.GetAsync("/api/v1/riskgrading/grades?jurisdiction=44x781", Ct)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "riskgrading.unknown_district");
        await (await admin.GetAsync($"/api/v1/riskgrading/operators/{Guid.NewGuid()}", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "riskgrading.grade_not_found");
        await (await admin.GetAsync("/api/v1/riskgrading/operators/not-a-guid", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var anonymous = app.AnonymousClient();
        (await anonymous.GetAsync("/api/v1/riskgrading/distribution", Ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Pages_show_the_distribution_and_the_grade_tab_on_the_operator_file()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var id = await TestData.CreateOperatorAsync(admin, NewOperator(TestData.TaishanTown));

        var distribution = await admin.GetStringAsync("/riskgrading", Ct);
        distribution.ShouldContain("风险分级");
        distribution.ShouldContain("台山市");
        var tab = await admin.GetStringAsync($"/operators/{id}?tab=riskgrading", Ct);
        tab.ShouldContain("评分明细");
        tab.ShouldContain("经营业态：餐饮服务");
        tab.ShouldContain("静态风险因素量化分值表");
        (await admin.GetStringAsync($"/riskgrading/operators/{id}", Ct)).ShouldContain("等级变更记录");
    }

    private async Task<Guid> InsertWithoutEventAsync(string town, string category)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        var entity = new Operator
        {
            CreditCode = TestData.NewCreditCode(town[..6]),
            Name = "未评定测试" + TestData.Token(),
            EntityType = OperatorEntityType.Enterprise,
            LegalRepresentative = "李四",
            RegisteredAddress = "江门市测试路2号",
            JurisdictionCode = town,
            RegisteredAt = DateTimeOffset.UtcNow,
        };
        entity.SetCategories([category]);
        entity.Touch(entity.RegisteredAt);
        db.Add(entity);
        await db.SaveChangesAsync(Ct);
        (await db.Set<OperatorGrade>().AnyAsync(g => g.OperatorId == entity.Id, Ct)).ShouldBeFalse();
        return entity.Id;
    }
}
