using System.Globalization;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Administration.ListCalendar;

[Collection(AppCollection.Name)]
public sealed class CalendarPageTests(ShianAppFactory app)
{
    private const string Page = "/administration/calendar";

    [Fact]
    public async Task Admin_sees_the_years_holidays_with_weekday_kind_name_and_source()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var html = await admin.GetPageAsync($"{Page}?year=2026");

        html.ShouldContain("<h1>工作日历</h1>");
        html.ShouldContain("2026年节假日与调休安排");
        html.ShouldContain("2026-10-01");
        html.ShouldContain("星期四");
        html.ShouldContain("国庆节");
        html.ShouldContain(">放假<");
        html.ShouldContain(">调休上班<");
        html.ShouldContain("国务院办公厅关于2026年部分节假日安排的通知");
    }

    [Fact]
    public async Task A_day_added_on_the_page_is_listed_and_moves_deadlines_until_it_is_removed()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var holiday = UnusedWednesday();
        var name = "测试假日" + Guid.NewGuid().ToString("N")[..4];
        var yearPage = $"{Page}?year={holiday.Year}";
        var deadline = $"{yearPage}&from={Iso(holiday.AddDays(-1))}&days=1";
        (await admin.GetPageAsync(deadline)).ShouldContain(Iso(holiday) + "（星期三）");

        var saved = await admin.PostFormAsync(yearPage, "day",
            ("Day.Date", Iso(holiday)), ("Day.Kind", "Holiday"), ("Day.Name", name), ("Day.Source", "测试来源"));
        var listed = await admin.FollowRedirectAsync(saved);

        listed.ShouldContain($"已保存 {Iso(holiday)}");
        listed.ShouldContain(name);
        listed.ShouldContain($"value=\"{Iso(holiday)}\"");
        (await admin.GetPageAsync(deadline)).ShouldContain(Iso(holiday.AddDays(1)) + "（星期四）");

        var removed = await admin.PostFormAsync(yearPage, "remove-day", ("RemoveDate", Iso(holiday)));
        var after = await admin.FollowRedirectAsync(removed);

        after.ShouldContain($"已删除 {Iso(holiday)}");
        after.ShouldNotContain(name);
        (await admin.GetPageAsync(deadline)).ShouldContain(Iso(holiday) + "（星期三）");
    }

    [Fact]
    public async Task Changing_a_day_keeps_one_row_with_the_new_kind()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var date = UnusedWednesday().AddDays(3); // a Saturday
        var yearPage = $"{Page}?year={date.Year}";
        await admin.FollowRedirectAsync(await admin.PostFormAsync(yearPage, "day",
            ("Day.Date", Iso(date)), ("Day.Kind", "Holiday"), ("Day.Name", "旧名称"), ("Day.Source", "")));

        var prefilled = await admin.GetPageAsync($"{yearPage}&date={Iso(date)}");
        prefilled.ShouldContain("value=\"旧名称\"");
        var html = await admin.FollowRedirectAsync(await admin.PostFormAsync(yearPage, "day",
            ("Day.Date", Iso(date)), ("Day.Kind", "Workday"), ("Day.Name", "新名称"), ("Day.Source", "")));

        var row = html[html.IndexOf($">{Iso(date)}</td>", StringComparison.Ordinal)..];
        row = row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
        row.ShouldContain("新名称");
        row.ShouldContain(">调休上班<");
        html.ShouldNotContain("旧名称");
    }

    [Fact]
    public async Task An_incomplete_day_gets_Chinese_field_errors_and_keeps_what_was_typed()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        var response = await admin.PostFormAsync($"{Page}?year=2026", "day",
            ("Day.Date", "2026-12-30"), ("Day.Kind", ""), ("Day.Name", ""), ("Day.Source", "保留的来源"));
        var html = await response.ReadPageAsync();

        html.ShouldContain("请选择类型");
        html.ShouldContain("请填写节日名称");
        html.ShouldContain("value=\"2026-12-30\"");
        html.ShouldContain("value=\"保留的来源\"");
    }

    [Fact]
    public async Task Deadline_calculator_counts_working_days_and_rejects_too_many()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);

        // 2026-09-30 is a Wednesday before the National Day week (10-01 to 10-08 off in the seed).
        var html = await admin.GetPageAsync($"{Page}?year=2026&from=2026-09-30&days=5");
        var tooMany = await admin.GetPageAsync($"{Page}?year=2026&from=2026-09-30&days=400");

        html.ShouldContain("自 2026-09-30（星期三） 起 5 个工作日");
        html.ShouldContain($"class=\"deadline\">{await ApiDeadlineAsync(admin, "2026-09-30", 5)}（");
        tooMany.ShouldContain("工作日数应在0–366之间");
    }

    [Fact]
    public async Task Removing_a_date_without_an_entry_says_so()
    {
        using var admin = await app.ClientAsAsync(TestUsers.Admin);
        var date = UnusedWednesday();

        var response = await admin.PostFormAsync($"{Page}?year={date.Year}", "remove-day", ("RemoveDate", Iso(date)));

        (await response.ReadPageAsync()).ShouldContain($"{Iso(date)} 没有特殊安排");
    }

    private static async Task<string> ApiDeadlineAsync(HttpClient client, string from, int days)
    {
        var body = await (await client.GetAsync(AdministrationApiPaths.Deadline(from, days))).ReadJsonAsync();
        return body.GetProperty("deadline").GetString()!;
    }

    /// <summary>A Wednesday in the 2090s: no seeded calendar rows, and tests pick different ones.</summary>
    private static DateOnly UnusedWednesday()
    {
        var date = new DateOnly(2090, 1, 1).AddDays(Random.Shared.Next(0, 3600));
        return date.AddDays(((int)DayOfWeek.Wednesday - (int)date.DayOfWeek + 7) % 7);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
