using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Catering.Domain;
using Shian.Modules.Catering.Features.Grading;
using Shian.Modules.Incidents.Contracts;
using Shian.Modules.Penalties.Contracts;
using Shian.Shared.Kernel;
using Shian.Shared.Persistence;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Catering.CateringTestData;

namespace Shian.Tests.Modules.Catering.Grading;

/// <summary>
/// Grades that change with time alone (the nightly <c>catering.regrade</c> job, run here for an explicit day and
/// only this test's operators, since the shared app's clock is real) and the no-rating windows opened by
/// RiskGrading's incident and penalty events (cn_rules §3).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CateringRegradeTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<JsonElement> GradesAsync(Guid operatorId)
    {
        using var client = await app.ClientAsAsync(TestUsers.Admin);
        return await (await client.GetAsync(CateringApiPaths.Grades(operatorId), Ct)).ReadJsonAsync();
    }

    private async Task<(string Dynamic, string Annual, int History, string? Note)> CurrentAsync(Guid operatorId)
    {
        var grades = await GradesAsync(operatorId);
        var current = grades.GetProperty("current");
        return (current.GetProperty("dynamicGrade").GetString()!, current.GetProperty("annualGrade").GetString()!,
            grades.GetProperty("history").GetArrayLength(), current.GetProperty("note").GetString());
    }

    private async Task<RegradeResult> RegradeAsync(DateOnly day, params Guid[] operators)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<CateringRegrader>().RunAsync(day, operators, null, Ct);
    }

    private async Task RaiseAsync(IDomainEvent e)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
        db.Raise(e);
        await db.SaveChangesAsync(Ct);
    }

    private async Task<string> TimelineAsync(Guid operatorId)
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        return await admin.GetStringAsync($"/api/v1/operators/{operatorId}/timeline", Ct);
    }

    [Fact]
    public async Task The_job_lowers_an_annual_grade_once_good_inspections_leave_the_window_and_then_leaves_it_alone()
    {
        var (id, _) = await ExistingOperatorAsync(app);
        await CompleteInspectionAsync(app, id, 96m, Today.AddDays(-420)); // activity starts here
        await CompleteInspectionAsync(app, id, 96m, Today.AddDays(-370));
        await CompleteInspectionAsync(app, id, 96m, Today.AddDays(-300));
        await CompleteInspectionAsync(app, id, 80m, Today.AddDays(-20));
        (await CurrentAsync(id)).ShouldBe(("good", "A", 4, null)); // (96 + 96 + 80) / 3 = 90.67 on its day

        (await RegradeAsync(Today, id)).Changed.ShouldBe(1);

        var (dynamic, annual, history, _) = await CurrentAsync(id);
        (dynamic, annual, history).ShouldBe(("good", "B", 5)); // the 370-day-old 96 has left: (96 + 80) / 2 = 88
        (await GradesAsync(id)).GetProperty("history")[0].GetProperty("annualMean").GetDecimal().ShouldBe(88m);
        (await TimelineAsync(id)).ShouldContain("年度 B级（良好）");

        (await RegradeAsync(Today, id)).Changed.ShouldBe(0);
        (await CurrentAsync(id)).History.ShouldBe(5);
    }

    [Fact]
    public async Task The_job_raises_an_annual_grade_when_a_poor_inspection_leaves_the_window()
    {
        var (id, _) = await ExistingOperatorAsync(app);
        await CompleteInspectionAsync(app, id, 96m, Today.AddDays(-600)); // activity starts here
        await CompleteInspectionAsync(app, id, 70m, Today.AddDays(-400));
        await CompleteInspectionAsync(app, id, 96m, Today.AddDays(-200));
        (await CurrentAsync(id)).Annual.ShouldBe("B"); // (70 + 96) / 2 = 83

        (await RegradeAsync(Today, id)).Changed.ShouldBe(1);

        (await CurrentAsync(id)).ShouldBe(("excellent", "A", 4, null));
    }

    [Fact]
    public async Task The_job_removes_an_annual_grade_with_no_inspection_left_and_grades_an_establishment_once_twelve_months_old()
    {
        var (stale, _) = await ExistingOperatorAsync(app);
        await CompleteInspectionAsync(app, stale, 90m, Today.AddDays(-500));
        await CompleteInspectionAsync(app, stale, 92m, Today.AddDays(-100));
        var (young, _) = await ExistingOperatorAsync(app);
        await CompleteInspectionAsync(app, young, 95m, Today.AddDays(-300));
        await CompleteInspectionAsync(app, young, 95m, Today.AddDays(-100));
        (await CurrentAsync(stale)).Annual.ShouldBe("A");
        (await CurrentAsync(young)).Annual.ShouldBe("not_rated");

        (await RegradeAsync(Today, stale, young)).Changed.ShouldBe(0); // young: active 300 days, still under 12 months

        (await RegradeAsync(Today.AddDays(70), stale, young)).Changed.ShouldBe(1); // young: active 370 days; its 95 counts
        (await CurrentAsync(young)).Annual.ShouldBe("A");
        (await CurrentAsync(stale)).Annual.ShouldBe("A");

        (await RegradeAsync(Today.AddDays(270), stale, young)).Changed.ShouldBe(2); // both last inspected 370 days before
        var removed = await CurrentAsync(stale);
        removed.Annual.ShouldBe("not_rated");
        removed.Note.ShouldBe("近12个月无评分检查");
        (await CurrentAsync(young)).Annual.ShouldBe("not_rated");
    }

    [Fact]
    public async Task An_incident_suspends_the_grades_for_six_months_to_the_day_and_a_replayed_event_changes_nothing()
    {
        var (id, _) = await ExistingOperatorAsync(app);
        await CompleteInspectionAsync(app, id, 95m, Today.AddDays(-400));
        await CompleteInspectionAsync(app, id, 95m, Today.AddDays(-30));
        var occurred = Today.AddDays(-10);
        var incident = new IncidentRecorded(Guid.NewGuid(), id, "一般", occurred);

        await RaiseAsync(incident);

        var (dynamic, annual, history, note) = await CurrentAsync(id);
        (dynamic, annual, history).ShouldBe(("suspended", "not_rated", 3));
        note.ShouldBe($"发生食品安全事故（一般），{Iso(occurred)}起暂停评级至{Iso(occurred.AddMonths(6).AddDays(-1))}");
        (await GradesAsync(id)).GetProperty("current").GetProperty("dynamicGradeLabel").GetString().ShouldBe("暂停评级");
        (await TimelineAsync(id)).ShouldContain("餐饮食品安全量化等级：暂停评级，年度 未评级");
        using (var anonymous = app.AnonymousClient())
        {
            var page = await anonymous.GetStringAsync($"/portal/establishments/{id}", Ct);
            page.ShouldContain("暂停评级");
            page.ShouldContain("发生食品安全事故（一般）");
        }

        await RaiseAsync(incident);
        (await CurrentAsync(id)).History.ShouldBe(3);
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ShianDbContext>();
            (await db.Set<CateringSuspension>().IgnoreQueryFilters().CountAsync(s => s.OperatorId == id, Ct)).ShouldBe(1);
        }

        (await RegradeAsync(occurred.AddMonths(6).AddDays(-1), id)).Changed.ShouldBe(0);
        (await CurrentAsync(id)).Dynamic.ShouldBe("suspended");

        (await RegradeAsync(occurred.AddMonths(6), id)).Changed.ShouldBe(1);
        (await CurrentAsync(id)).ShouldBe(("excellent", "A", 4, null)); // the 30-day-old 95 is still inside the 12 months
    }

    [Fact]
    public async Task A_warning_suspends_for_two_months_and_an_inspection_inside_the_window_is_recorded_but_not_rated()
    {
        var (id, _) = await ExistingOperatorAsync(app);
        await CompleteInspectionAsync(app, id, 95m, Today.AddDays(-400));
        var decided = Today.AddDays(-5);
        await RaiseAsync(new PenaltyDecided(Guid.NewGuid(), id, ["warning"], false, "江新市监罚〔2026〕1号", decided));
        (await CurrentAsync(id)).Note!.ShouldContain("受到行政处罚（警告，江新市监罚〔2026〕1号）");

        await CompleteInspectionAsync(app, id, 93m);

        var grades = await GradesAsync(id);
        grades.GetProperty("current").GetProperty("dynamicGrade").GetString().ShouldBe("suspended");
        grades.GetProperty("history")[0].GetProperty("dynamicScore").GetDecimal().ShouldBe(93m);
        (await RegradeAsync(decided.AddMonths(2).AddDays(-1), id)).Changed.ShouldBe(0);
        await RegradeAsync(decided.AddMonths(2), id);
        (await CurrentAsync(id)).ShouldBe(("excellent", "A", 4, null));
    }

    [Fact]
    public async Task Penalties_of_operators_that_are_not_catering_businesses_open_no_window()
    {
        var (sales, _) = await ExistingOperatorAsync(app, category: "sales");

        await RaiseAsync(new PenaltyDecided(Guid.NewGuid(), sales, ["fine"], false, "江台市监罚〔2026〕2号", Today));

        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        await (await admin.GetAsync(CateringApiPaths.Grades(sales), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "catering.not_found");
    }
}
