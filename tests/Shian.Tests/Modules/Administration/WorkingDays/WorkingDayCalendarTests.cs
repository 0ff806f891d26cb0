using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Administration.Contracts;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Administration.WorkingDays;

/// <summary>Statutory deadlines count working days: weekends and public holidays off, make-up days (调休) on.</summary>
[Collection(AppCollection.Name)]
public sealed class WorkingDayCalendarTests(ShianAppFactory app)
{
    private IWorkingDayCalendar Calendar => app.Services.GetRequiredService<IWorkingDayCalendar>();

    [Fact]
    public async Task Twenty_working_days_across_National_Day_2026_skip_the_holiday_and_count_the_make_up_days()
    {
        // From Friday 18 Sep: Sun 20 Sep is a make-up day (1), 21–24 Sep (5), Fri 25 Sep is Mid-Autumn, 28–30 Sep (8),
        // 1–7 Oct off, 8–9 Oct (10), Sat 10 Oct make-up (11), 12–16 Oct (16), 19–22 Oct (20).
        var deadline = await Calendar.AddWorkingDaysAsync(new DateOnly(2026, 9, 18), 20, default);

        deadline.ShouldBe(new DateOnly(2026, 10, 22));
    }

    [Fact]
    public async Task Twenty_working_days_from_just_before_National_Day_end_a_week_and_a_half_later_than_weekdays_alone()
    {
        // Mon 28 Sep: 29–30 Sep (2), 8–9 Oct (4), Sat 10 Oct (5), then three full weeks to Fri 30 Oct.
        var deadline = await Calendar.AddWorkingDaysAsync(new DateOnly(2026, 9, 28), 20, default);

        deadline.ShouldBe(new DateOnly(2026, 10, 30));
    }

    [Fact]
    public async Task Twenty_working_days_across_Spring_Festival_2026_skip_the_holiday_and_count_the_make_up_days()
    {
        // From Mon 9 Feb: 10–13 Feb (4), Sat 14 Feb make-up (5), 15–23 Feb off, 24–27 Feb (9), Sat 28 Feb make-up (10),
        // 2–6 Mar (15), 9–13 Mar (20).
        var deadline = await Calendar.AddWorkingDaysAsync(new DateOnly(2026, 2, 9), 20, default);

        deadline.ShouldBe(new DateOnly(2026, 3, 13));
    }

    [Theory]
    [InlineData("2026-09-20", true)]   // Sunday, make-up working day
    [InlineData("2026-10-10", true)]   // Saturday, make-up working day
    [InlineData("2026-10-01", false)]  // National Day
    [InlineData("2026-10-05", false)]  // Monday inside the holiday
    [InlineData("2026-10-08", true)]   // first day back
    [InlineData("2026-02-14", true)]   // Saturday, make-up working day
    [InlineData("2026-02-28", true)]   // Saturday, make-up working day
    [InlineData("2026-02-17", false)]  // Spring Festival
    [InlineData("2026-02-23", false)]  // Monday, last day of the holiday
    [InlineData("2026-02-24", true)]
    [InlineData("2026-03-07", false)]  // an ordinary Saturday
    public async Task Each_day_is_a_working_day_or_not_as_the_State_Council_notice_says(string date, bool working) =>
        (await Calendar.IsWorkingDayAsync(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), default)).ShouldBe(working);

    [Fact]
    public async Task Counting_working_days_between_two_dates_agrees_with_adding_them()
    {
        var start = new DateOnly(2026, 9, 18);

        (await Calendar.CountWorkingDaysAsync(start, new DateOnly(2026, 10, 22), default)).ShouldBe(20);
        (await Calendar.CountWorkingDaysAsync(start, new DateOnly(2026, 10, 21), default)).ShouldBe(19);
        (await Calendar.CountWorkingDaysAsync(start, start, default)).ShouldBe(0);
    }

    [Fact]
    public async Task The_deadline_endpoint_gives_the_same_date()
    {
        using var coordinator = await app.ClientAsAsync(TestUsers.HuichengCoordinator);

        var result = await (await coordinator.GetAsync(AdministrationApiPaths.Deadline("2026-02-09", 20))).ReadJsonAsync();

        result.GetProperty("deadline").GetString().ShouldBe("2026-03-13");
    }

    [Fact]
    public async Task An_absurd_number_of_working_days_is_400_not_a_hang()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var response = await admin.GetAsync(AdministrationApiPaths.Deadline("2026-02-09", 100000000));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "administration.deadline_out_of_range");
    }

    [Fact]
    public async Task The_year_list_shows_holidays_and_make_up_days()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var days = await (await admin.GetAsync(AdministrationApiPaths.CalendarYear(2026))).ReadJsonAsync();

        var list = days.EnumerateArray().ToList();
        list.ShouldContain(d => d.GetProperty("date").GetString() == "2026-10-01" && d.GetProperty("kind").GetString() == "Holiday");
        list.ShouldContain(d => d.GetProperty("date").GetString() == "2026-09-20" && d.GetProperty("kind").GetString() == "Workday");
        list.ShouldAllBe(d => d.GetProperty("date").GetString()!.StartsWith("2026-"));
    }

    [Fact]
    public async Task An_administrator_adds_and_removes_a_holiday_and_deadlines_follow_at_once()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        // 2031 has no seeded overrides: Mon 3 Mar + 5 working days is Mon 10 Mar.
        var start = new DateOnly(2031, 3, 3);
        (await Calendar.AddWorkingDaysAsync(start, 5, default)).ShouldBe(new DateOnly(2031, 3, 10));

        var set = await admin.PutJsonAsync(AdministrationApiPaths.CalendarDay("2031-03-05"), new { kind = "Holiday", name = "测试假日", source = "test" });
        set.StatusCode.ShouldBe(HttpStatusCode.NoContent, await set.Content.ReadAsStringAsync());
        (await Calendar.AddWorkingDaysAsync(start, 5, default)).ShouldBe(new DateOnly(2031, 3, 11));
        var viaApi = await (await admin.GetAsync(AdministrationApiPaths.Deadline("2031-03-03", 5))).ReadJsonAsync();
        viaApi.GetProperty("deadline").GetString().ShouldBe("2031-03-11");

        var weekend = await admin.PutJsonAsync(AdministrationApiPaths.CalendarDay("2031-03-08"), new { kind = "Workday", name = "测试调休" });
        weekend.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Calendar.AddWorkingDaysAsync(start, 5, default)).ShouldBe(new DateOnly(2031, 3, 10));

        (await admin.DeleteAsync(AdministrationApiPaths.CalendarDay("2031-03-05"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await admin.DeleteAsync(AdministrationApiPaths.CalendarDay("2031-03-08"))).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await Calendar.AddWorkingDaysAsync(start, 5, default)).ShouldBe(new DateOnly(2031, 3, 10));
        (await Calendar.IsWorkingDayAsync(new DateOnly(2031, 3, 5), default)).ShouldBeTrue();
    }

    [Fact]
    public async Task Removing_a_date_that_has_no_override_is_404()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var response = await admin.DeleteAsync(AdministrationApiPaths.CalendarDay("2032-06-15"));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_calendar_change_is_written_to_the_ledger()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        (await admin.PutJsonAsync(AdministrationApiPaths.CalendarDay("2033-04-06"), new { kind = "Holiday", name = "审计测试" })).EnsureSuccessStatusCode();

        var entries = await (await admin.GetAsync("/api/v1/audit/entries?entityType=CalendarDay&entityId=2033-04-06")).ReadJsonAsync();
        var entry = entries.GetProperty("items").EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("actorName").GetString().ShouldBe(TestUsers.Admin);
        entry.GetProperty("after").GetString()!.ShouldContain("审计测试");
    }

    [Theory]
    [InlineData(TestUsers.TaishanInspector)]
    [InlineData(TestUsers.Leader)]
    public async Task Only_an_administrator_may_change_the_calendar(string userName)
    {
        using var client = await app.ClientAsAsync(userName);

        await (await client.PutJsonAsync(AdministrationApiPaths.CalendarDay("2026-10-12"), new { kind = "Holiday", name = "私自放假" }))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await (await client.DeleteAsync(AdministrationApiPaths.CalendarDay("2026-10-01"))).ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        (await Calendar.IsWorkingDayAsync(new DateOnly(2026, 10, 12), default)).ShouldBeTrue();
        (await Calendar.IsWorkingDayAsync(new DateOnly(2026, 10, 1), default)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"kind\":\"Holiday\"}")]
    [InlineData("{\"kind\":\"Party\",\"name\":\"x\"}")]
    public async Task An_incomplete_or_unknown_calendar_day_is_400(string json)
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var response = await admin.PutAsync(AdministrationApiPaths.CalendarDay("2034-01-02"),
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await Calendar.IsWorkingDayAsync(new DateOnly(2034, 1, 2), default)).ShouldBeTrue();
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_400()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var response = await admin.PutJsonAsync(AdministrationApiPaths.CalendarDay("2031-02-30"), new { kind = "Holiday", name = "不存在的日子" });

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
