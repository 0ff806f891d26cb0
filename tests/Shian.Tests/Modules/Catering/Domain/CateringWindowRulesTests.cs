using Shian.Modules.Catering.Domain;

namespace Shian.Tests.Modules.Catering.Domain;

/// <summary>The pure grade state on a day (cn_rules §3): no-rating windows are [from, until), the annual window (day − 12 months, day].</summary>
public sealed class CateringWindowRulesTests
{
    private static readonly GradingRules Rules = new(90, 75, 60, 2, 90, 75, 60, 12, 12, 3, 6, 2, ["warning", "fine"], "test");
    private static readonly DateOnly Incident = new(2026, 3, 10);
    private static readonly SuspensionWindow Window = new(Incident, Incident.AddMonths(6), "发生食品安全事故（一般）");
    private static readonly GradedInspection Earlier = new(Guid.NewGuid(), new DateOnly(2025, 1, 5), 95m, 0, DynamicGrade.Excellent, "符合");
    private static readonly GradedInspection Recent = new(Guid.NewGuid(), new DateOnly(2026, 2, 20), 80m, 0, DynamicGrade.Good, "基本符合");

    private static GradeState On(DateOnly day) => Rules.StateOn(day, new DateOnly(2024, 6, 1), [Earlier, Recent], [Window]);

    [Fact]
    public void The_window_starts_on_the_incident_day_and_ends_the_day_before_six_months_later()
    {
        On(Incident.AddDays(-1)).Dynamic.ShouldBe(DynamicGrade.Good);
        On(Incident).Dynamic.ShouldBe(DynamicGrade.Suspended);
        On(Incident.AddMonths(6).AddDays(-1)).Dynamic.ShouldBe(DynamicGrade.Suspended);
        On(Incident.AddMonths(6)).Dynamic.ShouldBe(DynamicGrade.Good);
    }

    [Fact]
    public void A_suspended_state_has_no_annual_grade_and_says_why_and_until_when()
    {
        var state = On(Incident.AddDays(30));

        state.Annual.Grade.ShouldBe(AnnualGrade.NotRated);
        state.Annual.Mean.ShouldBeNull();
        state.Annual.Note!.ShouldBe("发生食品安全事故（一般），2026-03-10起暂停评级至2026-09-09");
        Rules.Note(state).ShouldBe(state.Annual.Note);
        DynamicGrade.Suspended.Label().ShouldBe("暂停评级");
        DynamicGrade.Suspended.Key().ShouldBe("suspended");
    }

    [Fact]
    public void The_annual_mean_drops_an_inspection_the_day_it_is_twelve_months_old()
    {
        var noWindow = Array.Empty<SuspensionWindow>();
        var activeSince = new DateOnly(2024, 6, 1);

        // 2025-01-05 is inside (2025-01-04, 2026-01-04] and outside (2025-01-05, 2026-01-05].
        var before = Rules.StateOn(new DateOnly(2026, 1, 4), activeSince, [Earlier, Recent], noWindow);
        before.Annual.Mean.ShouldBe(95m);
        before.Annual.Grade.ShouldBe(AnnualGrade.A);
        var after = Rules.StateOn(new DateOnly(2026, 1, 5), activeSince, [Earlier, Recent], noWindow);
        after.Annual.Grade.ShouldBe(AnnualGrade.NotRated);
        after.Annual.Note.ShouldBe("近12个月无评分检查");
        var later = Rules.StateOn(new DateOnly(2026, 2, 20), activeSince, [Earlier, Recent], noWindow);
        later.Annual.Mean.ShouldBe(80m);
        later.Annual.Grade.ShouldBe(AnnualGrade.B);
    }
}
