using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Shared.Jobs;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Licensing.LifecycleTestKit;

namespace Shian.Tests.Modules.Licensing.Jobs;

/// <summary>The expiry job: Expired status, reminders once per milestone, and the renewal window in working days.</summary>
[Collection(AppCollection.Name)]
public sealed class LicenceExpiryJobTests(ShianAppFactory app)
{
    private const string Job = "licensing.licence_expiry";
    private readonly LifecycleTestKit _kit = new(app);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<JobStateView> RunAsync() => app.Services.GetRequiredService<JobRunner>().RunNowAsync(Job, Ct);

    [Fact]
    public async Task A_licence_past_its_last_day_becomes_expired_the_public_page_says_so_and_the_holder_is_told_once()
    {
        var held = await _kit.LicenceAsync();
        await _kit.SetValidUntilAsync(held.Number, Today.AddDays(-1));

        var run = await RunAsync();
        await RunAsync();

        run.LastSucceeded.ShouldBe(true, run.LastSummary);
        (await _kit.StoredAsync(held.Number)).Status.ShouldBe(LicenceStatus.Expired);
        using var anonymous = app.AnonymousClient();
        (await VerifiedStatusAsync(anonymous, held.Number)).ShouldBe("Expired");
        (await anonymous.GetStringAsync($"/verify/licence/{held.Number}", Ct)).ShouldContain("已过期");
        (await InboxAsync(held)).Count(m => m.GetProperty("kind").GetString() == "licensing.licence_expired").ShouldBe(1);
        var timeline = await held.Admin.GetStringAsync($"/api/v1/operators/{held.OperatorId}/timeline", Ct);
        timeline.Split("licensing.licence_expired").Length.ShouldBe(2);
    }

    [Fact]
    public async Task A_licence_80_days_from_expiry_gets_one_reminder_however_often_the_job_runs_and_a_far_one_none()
    {
        var near = await _kit.LicenceAsync();
        var far = await _kit.LicenceAsync();
        await _kit.SetValidUntilAsync(near.Number, Today.AddDays(80));
        await _kit.SetValidUntilAsync(far.Number, Today.AddDays(400));

        await RunAsync();
        await RunAsync();

        var reminders = (await InboxAsync(near)).Where(m => m.GetProperty("kind").GetString() == "licensing.renewal_reminder").ToList();
        reminders.Count.ShouldBe(1);
        reminders[0].GetProperty("title").GetString()!.ShouldContain(near.Number);
        reminders[0].GetProperty("body").GetString()!.ShouldContain("延续");
        (await held(near)).Split("licensing.renewal_reminder").Length.ShouldBe(2);
        (await InboxAsync(far)).Where(m => m.GetProperty("kind").GetString() == "licensing.renewal_reminder").ShouldBeEmpty();
        (await _kit.StoredAsync(near.Number)).Status.ShouldBe(LicenceStatus.Valid);

        // A renewal starts a new validity period, which will be reminded of again in its own time, not now.
        var renewal = await (await PostAsync(near.Enterprise, near.Number, "renewals", Body(RenewalMaterials))).ReadJsonAsync();
        renewal.GetProperty("status").GetString().ShouldBe("Approved");
        await RunAsync();
        (await InboxAsync(near)).Count(m => m.GetProperty("kind").GetString() == "licensing.renewal_reminder").ShouldBe(1);

        async Task<string> held(Held h) => await h.Admin.GetStringAsync($"/api/v1/operators/{h.OperatorId}/timeline", Ct);
    }

    [Fact]
    public async Task A_licence_ten_working_days_from_expiry_gets_the_deadline_reminder_not_a_stale_window_one()
    {
        var held = await _kit.LicenceAsync();
        var calendar = app.Services.GetRequiredService<IWorkingDayCalendar>();
        await _kit.SetValidUntilAsync(held.Number, await calendar.AddWorkingDaysAsync(Today, 10, Ct));

        await RunAsync();

        var reminders = (await InboxAsync(held)).Where(m => m.GetProperty("kind").GetString() == "licensing.renewal_reminder").ToList();
        reminders.Count.ShouldBe(1);
        (await held.Admin.GetStringAsync($"/api/v1/operators/{held.OperatorId}/timeline", Ct)).ShouldContain("renewal_deadline_near");
    }

    [Fact]
    public async Task The_renewal_window_counts_working_days_so_National_Day_closes_it_earlier_than_weekdays_would()
    {
        // A licence ending Fri 16 Oct 2026 must be renewed ≥15 working days before. From Mon 21 Sep, 19 weekdays
        // remain, but Mid-Autumn (25 Sep) and National Day (1–7 Oct) are off and 10 Oct is a make-up day: 14 left.
        var calendar = app.Services.GetRequiredService<IWorkingDayCalendar>();
        var expiry = new DateOnly(2026, 10, 16);

        var lateLeft = await calendar.CountWorkingDaysAsync(new DateOnly(2026, 9, 21), expiry, Ct);
        var intimeLeft = await calendar.CountWorkingDaysAsync(new DateOnly(2026, 9, 18), expiry, Ct);

        lateLeft.ShouldBe(14);
        intimeLeft.ShouldBe(16);
        LifecycleRules.RenewalWindowRefusal(lateLeft, 90, 15, "《办法》").ShouldNotBeNull().ShouldContain("15个工作日");
        LifecycleRules.RenewalWindowRefusal(intimeLeft, 90, 15, "《办法》").ShouldBeNull();
        LifecycleRules.RenewalWindowRefusal(91, 90, 15, "《办法》").ShouldNotBeNull().ShouldContain("90个工作日内");
        LifecycleRules.RenewalWindowRefusal(400, null, 30, "《办法》").ShouldBeNull();
    }

    private static async Task<List<JsonElement>> InboxAsync(Held held)
    {
        var response = await held.Enterprise.GetAsync("/api/v1/operators/mine/inbox?pageSize=100", TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var page = await response.ReadJsonAsync();
        return [.. page.GetProperty("messages").GetProperty("items").EnumerateArray()];
    }
}
