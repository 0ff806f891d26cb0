using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Tests.Infrastructure;

namespace Shian.Tests.Modules.Licensing.ReviewQueue;

/// <summary>The reviewer's queue: scope and the statutory clock in working days.</summary>
[Collection(AppCollection.Name)]
public sealed class ReviewQueueTests(ShianAppFactory app) : LicensingWorkbenchTestBase(app)
{
    [Fact]
    public async Task Reviewer_queue_shows_only_the_reviewers_jurisdiction()
    {
        var (admin, operatorId) = await OperatorAsync();
        var id = await UnderReviewAsync(admin, operatorId);
        using var taishan = await App.ClientAsAsync(TestUsers.TaishanInspector);
        using var xinhui = await App.ClientAsAsync(TestUsers.XinhuiInspector);

        var item = (await FindInQueueAsync(taishan, id)).ShouldNotBeNull();
        item.GetProperty("failedRules").EnumerateArray().Select(r => r.GetString()).ShouldContain(InstantApprovalRules.CommitmentScope);
        (await FindInQueueAsync(xinhui, id)).ShouldBeNull();
        await (await xinhui.GetAsync(LicensingApiPaths.ApplicationDetails(id), Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.application_not_found");
        await (await xinhui.PostAsJsonAsync(LicensingApiPaths.Approve(id), new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.application_not_found");
        await (await xinhui.PostAsJsonAsync(LicensingApiPaths.Reject(id), new { reason = "不在辖区" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.application_not_found");
        await (await xinhui.PostAsJsonAsync(LicensingApiPaths.SiteVerifications(id), new { instructions = "看看" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.application_not_found");
        using var coordinator = await App.ClientAsAsync(TestUsers.HuichengCoordinator);
        (await coordinator.GetAsync(LicensingApiPaths.Review, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var page = await taishan.GetPageAsync("/licensing/review?page=" + 1);
        page.ShouldContain("许可审查");
        page.ShouldContain("《食品经营许可和备案管理办法（市场监管总局令第78号）》");
    }

    [Fact]
    public async Task Deadline_is_counted_in_working_days_across_the_national_day_holiday_and_overdue_rows_are_marked()
    {
        var (admin, operatorId) = await OperatorAsync();

        // Submitted on Tuesday 29 September 2026: 10 working days skip 1–7 October and count Saturday 10 October (调休).
        Guid late;
        using (App.Clock.TravelTo(new DateTimeOffset(2026, 9, 29, 2, 0, 0, TimeSpan.Zero)))
        {
            late = await UnderReviewAsync(admin, operatorId);
        }

        var fresh = await UnderReviewAsync(admin, operatorId);

        using var scope = App.Services.CreateScope();
        var calendar = scope.ServiceProvider.GetRequiredService<IWorkingDayCalendar>();
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        using var taishan = await App.ClientAsAsync(TestUsers.TaishanInspector);

        var overdue = (await FindInQueueAsync(taishan, late)).ShouldNotBeNull();
        overdue.GetProperty("dueOn").GetString().ShouldBe("2026-10-19");
        overdue.GetProperty("overdue").GetBoolean().ShouldBeTrue();
        overdue.GetProperty("workingDaysLeft").GetInt32().ShouldBe(-await calendar.CountWorkingDaysAsync(new DateOnly(2026, 10, 19), today, Ct));

        var onTime = (await FindInQueueAsync(taishan, fresh)).ShouldNotBeNull();
        var due = await calendar.AddWorkingDaysAsync(today, 10, Ct);
        onTime.GetProperty("dueOn").GetString().ShouldBe(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        onTime.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        onTime.GetProperty("workingDaysLeft").GetInt32().ShouldBe(10);

        var details = await (await taishan.GetAsync(LicensingApiPaths.ApplicationDetails(late), Ct)).ReadJsonAsync();
        details.GetProperty("dueOn").GetString().ShouldBe("2026-10-19");
        details.GetProperty("overdue").GetBoolean().ShouldBeTrue();

        // The queue page marks the row; walk its pages until the row appears.
        string? row = null;
        for (var page = 1; row is null && page < 200; page++)
        {
            var html = await taishan.GetPageAsync($"/licensing/review?page={page}");
            var at = html.IndexOf($"data-id=\"{late}\"", StringComparison.Ordinal);
            if (at >= 0)
            {
                row = html[html.LastIndexOf("<tr", at, StringComparison.Ordinal)..at];
            }
            else if (!html.Contains("rel=\"next\"", StringComparison.Ordinal))
            {
                break;
            }
        }

        row.ShouldNotBeNull().ShouldContain("overdue");
    }
}
