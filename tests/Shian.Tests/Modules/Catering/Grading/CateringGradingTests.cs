using System.Net;
using System.Text.Json;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Catering.CateringTestData;

namespace Shian.Tests.Modules.Catering.Grading;

/// <summary>
/// Catering quantified grading (cn_rules §3) from real InspectionCompleted events: dynamic bands, key items, the
/// annual mean over 12 months, the activity and new-licence windows, history with sources, timeline and scope.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CateringGradingTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> GradesAsync(Guid operatorId, string user = TestUsers.Admin)
    {
        using var client = await app.ClientAsAsync(user);
        return await (await client.GetAsync(CateringApiPaths.Grades(operatorId), Ct)).ReadJsonAsync();
    }

    [Theory]
    [InlineData("59.99", "rectifying", "整改中")]
    [InlineData("60", "fair", "一般（平脸）")]
    [InlineData("74.99", "fair", "一般（平脸）")]
    [InlineData("75", "good", "良好（微笑）")]
    [InlineData("89.99", "good", "良好（微笑）")]
    [InlineData("90", "excellent", "优秀（大笑）")]
    public async Task Dynamic_grade_follows_the_score_bands_at_their_boundaries(string score, string grade, string label)
    {
        var (id, _) = await ExistingOperatorAsync(app);

        await CompleteInspectionAsync(app, id, decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture));

        var current = (await GradesAsync(id)).GetProperty("current");
        current.GetProperty("dynamicGrade").GetString().ShouldBe(grade);
        current.GetProperty("dynamicGradeLabel").GetString().ShouldBe(label);
    }

    [Fact]
    public async Task Two_failed_key_items_mean_no_grade_whatever_the_score_but_one_does_not()
    {
        var (two, _) = await ExistingOperatorAsync(app);
        var (one, _) = await ExistingOperatorAsync(app);

        await CompleteInspectionAsync(app, two, 96m, keyItemsFailed: 2);
        await CompleteInspectionAsync(app, one, 96m, keyItemsFailed: 1);

        var rectifying = await GradesAsync(two);
        rectifying.GetProperty("current").GetProperty("dynamicGrade").GetString().ShouldBe("rectifying");
        rectifying.GetProperty("current").GetProperty("dynamicGradeLabel").GetString().ShouldBe("整改中");
        rectifying.GetProperty("history")[0].GetProperty("note").GetString()!.ShouldContain("2项关键项不符合");
        (await GradesAsync(one)).GetProperty("current").GetProperty("dynamicGrade").GetString().ShouldBe("excellent");
    }

    [Fact]
    public async Task Annual_grade_is_the_mean_of_the_past_twelve_months_and_leaves_older_inspections_out()
    {
        var (id, _) = await ExistingOperatorAsync(app);
        var old = await CompleteInspectionAsync(app, id, 50m, Today.AddMonths(-14));
        var spring = await CompleteInspectionAsync(app, id, 92m, Today.AddMonths(-5));
        var recent = await CompleteInspectionAsync(app, id, 88m, Today.AddMonths(-1));

        var grades = await GradesAsync(id);

        // With the 14-month-old 50 the mean would be 76.67 (B); without it, (92 + 88) / 2 = 90 (A).
        grades.GetProperty("current").GetProperty("annualGrade").GetString().ShouldBe("A");
        var latest = grades.GetProperty("history")[0];
        latest.GetProperty("annualMean").GetDecimal().ShouldBe(90m);
        latest.GetProperty("inspection").GetProperty("inspectionId").GetGuid().ShouldBe(recent);
        var sources = latest.GetProperty("annualInspections").EnumerateArray().Select(i => i.GetProperty("inspectionId").GetGuid()).ToList();
        sources.ShouldBe([spring, recent]);
        sources.ShouldNotContain(old);
        // Jiangmen is in Guangdong: its own rule is cited first; another province's values only as local configuration.
        var citation = latest.GetProperty("citation").GetString()!;
        citation.ShouldStartWith("《广东省餐饮服务食品安全量化分级管理规定》");
        citation.ShouldContain("国食药监食〔2012〕5号");
        citation.ShouldNotContain("山东省规定");
        grades.GetProperty("history").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task An_operator_catering_for_under_twelve_months_gets_no_annual_grade()
    {
        var (id, _) = await ExistingOperatorAsync(app);
        await CompleteInspectionAsync(app, id, 95m, Today.AddMonths(-5));
        await CompleteInspectionAsync(app, id, 95m);

        var grades = await GradesAsync(id);

        grades.GetProperty("current").GetProperty("dynamicGrade").GetString().ShouldBe("excellent");
        grades.GetProperty("current").GetProperty("annualGrade").GetString().ShouldBe("not_rated");
        grades.GetProperty("history")[0].GetProperty("note").GetString()!.ShouldContain("经营不足12个月");
    }

    [Fact]
    public async Task A_newly_opened_catering_file_is_pending_for_three_months()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var id = await TestData.CreateOperatorAsync(admin);

        await CompleteInspectionAsync(app, id, 95m);

        var grades = await GradesAsync(id);
        grades.GetProperty("current").GetProperty("dynamicGrade").GetString().ShouldBe("pending");
        grades.GetProperty("current").GetProperty("dynamicGradeLabel").GetString().ShouldBe("待评定");
        grades.GetProperty("current").GetProperty("licensedOn").GetString().ShouldBe(Iso(Today));
        grades.GetProperty("history")[0].GetProperty("note").GetString()!.ShouldContain("3个月内不评定");
    }

    [Fact]
    public async Task A_new_catering_licence_opens_the_establishment_as_pending_and_a_sales_licence_does_not()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var (restaurant, _) = await ExistingOperatorAsync(app, category: "sales");
        var (shop, _) = await ExistingOperatorAsync(app, category: "sales");
        var catering = Licensing.LicensingTestData.Application(restaurant);
        catering["businessType"] = 2;
        catering["businessItems"] = new[] { "small_catering" };
        (await (await Licensing.LicensingTestData.ApplyAsync(admin, catering)).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Approved");
        (await (await Licensing.LicensingTestData.ApplyAsync(admin, Licensing.LicensingTestData.Application(shop))).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Approved");

        var pending = await GradesAsync(restaurant);
        pending.GetProperty("current").GetProperty("licensedOn").GetString().ShouldBe(Iso(Today));
        (await admin.GetAsync(CateringApiPaths.Grades(shop), Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Its first catering inspection falls in the new-licence window; a shop known for years would be graded.
        await CompleteInspectionAsync(app, restaurant, 95m);
        var graded = await GradesAsync(restaurant);
        graded.GetProperty("current").GetProperty("dynamicGradeLabel").GetString().ShouldBe("待评定");
        graded.GetProperty("history")[0].GetProperty("note").GetString()!.ShouldContain("3个月内不评定");
    }

    [Fact]
    public async Task Only_catering_inspections_are_catering_graded()
    {
        var (sales, _) = await ExistingOperatorAsync(app, category: "sales");

        await CompleteInspectionAsync(app, sales, 95m, sector: "sales");

        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await (await admin.GetAsync(CateringApiPaths.Grades(sales), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "catering.not_found");
        using var anonymous = app.AnonymousClient();
        await (await anonymous.GetAsync($"/api/v1/portal/establishments/{sales}", Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "portal.establishment_not_found");
    }

    [Fact]
    public async Task A_replayed_event_grades_once_and_a_grade_change_reaches_the_timeline_and_the_file_tab()
    {
        var (id, name) = await ExistingOperatorAsync(app);
        var first = await CompleteInspectionAsync(app, id, 80m, Today.AddDays(-20));
        await CompleteInspectionAsync(app, id, 80m, Today.AddDays(-20), inspectionId: first);
        await CompleteInspectionAsync(app, id, 93m);

        var grades = await GradesAsync(id);
        grades.GetProperty("history").GetArrayLength().ShouldBe(2);

        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var timeline = await admin.GetStringAsync($"/api/v1/operators/{id}/timeline", Ct);
        timeline.Split("catering.grade_changed").Length.ShouldBe(3, timeline);
        timeline.ShouldContain("原等级 良好（微笑）");

        var tab = await admin.GetStringAsync($"/operators/{id}?tab=catering", Ct);
        tab.ShouldContain("餐饮等级");
        tab.ShouldContain("优秀（大笑）");
        tab.ShouldContain(CateringApiPaths.Sticker(id));
        tab.ShouldContain(name);
    }

    [Fact]
    public async Task Grades_are_scoped_like_the_operator_file()
    {
        var (id, _) = await ExistingOperatorAsync(app);
        await CompleteInspectionAsync(app, id, 91m);

        (await GradesAsync(id, TestUsers.TaishanInspector)).GetProperty("current").GetProperty("dynamicGrade").GetString().ShouldBe("excellent");
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        await (await xinhui.GetAsync(CateringApiPaths.Grades(id), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "catering.not_found");
        await (await xinhui.GetAsync(CateringApiPaths.Sticker(id), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "catering.no_grade");
        using var anonymous = app.AnonymousClient();
        await (await anonymous.GetAsync(CateringApiPaths.Grades(id), Ct)).ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
