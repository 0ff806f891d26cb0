using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;
using Shian.Modules.Administration.Contracts;
using Shian.Modules.Licensing.Domain;
using Shian.Shared.Security;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Licensing.LicensingTestData;

namespace Shian.Tests.Modules.Licensing;

/// <summary>Materials upload, the reviewer's queue and decisions, on-site verification and post-approval checks.</summary>
[Collection(AppCollection.Name)]
public sealed class LicensingWorkbenchTests(ShianAppFactory app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(HttpClient Admin, Guid OperatorId)> OperatorAsync(string town = TestData.TaishanTown)
    {
        var admin = await app.ClientAsAsync(TestUsers.Admin);
        return (admin, await TestData.CreateOperatorAsync(admin, TestData.Operator(town)));
    }

    private async Task<HttpClient> EnterpriseAsync(Guid operatorId)
    {
        var userName = "t.ent." + Guid.NewGuid().ToString("N")[..8];
        using (var scope = app.Services.CreateScope())
        {
            await TestUsers.CreateEnterpriseUserAsync(scope.ServiceProvider.GetRequiredService<UserManager<ShianUser>>(), userName, operatorId);
        }

        return await app.ClientAsAsync(userName);
    }

    /// <summary>An application that goes to review: 冷藏冷冻 is outside the commitment scope.</summary>
    private static async Task<Guid> UnderReviewAsync(HttpClient client, Guid? operatorId)
    {
        var body = Application(operatorId);
        body["businessItems"] = new[] { "cold_chain" };
        var application = await (await ApplyAsync(client, body)).ReadJsonAsync();
        application.GetProperty("status").GetString().ShouldBe("UnderReview");
        return application.GetProperty("id").GetGuid();
    }

    private static async Task<JsonElement?> FindInQueueAsync(HttpClient client, Guid id)
    {
        for (var page = 1; page < 100; page++)
        {
            var queue = await (await client.GetAsync($"/api/v1/licensing/review?page={page}&pageSize=200", Ct)).ReadJsonAsync();
            var items = queue.GetProperty("items");
            foreach (var item in items.GetProperty("items").EnumerateArray())
            {
                if (item.GetProperty("id").GetGuid() == id)
                {
                    return item;
                }
            }

            if (page >= items.GetProperty("pageCount").GetInt32())
            {
                return null;
            }
        }

        return null;
    }

    [Fact]
    public async Task Materials_upload_accepts_pdf_jpeg_and_png_and_refuses_bad_files_with_a_clear_4xx_losing_nothing()
    {
        var (admin, operatorId) = await OperatorAsync();
        var pdf = Pdf();

        var pdfId = await UploadIdAsync(admin, "application_form", operatorId, pdf);
        var jpegId = await UploadIdAsync(admin, "premises_layout", operatorId, Jpeg());
        var pngId = await UploadIdAsync(admin, "safety_system", operatorId, Png());

        await (await UploadAsync(admin, "safety_manager", operatorId, "GIF89a\u0001\u0000"u8.ToArray(), "x.gif"))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "files.type_not_allowed");
        await (await UploadAsync(admin, "safety_manager", operatorId, "MZ\u0090\u0000"u8.ToArray(), "manager.pdf"))
            .ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType, "files.type_not_allowed");
        await (await UploadAsync(admin, "safety_manager", operatorId, pdf[..^8], "cut.pdf"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "files.malformed");
        await (await UploadAsync(admin, "safety_manager", operatorId, [], "empty.pdf"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "files.empty");
        var huge = new byte[(20 * 1024 * 1024) + 1];
        "%PDF-1.4\n"u8.CopyTo(huge);
        await (await UploadAsync(admin, "safety_manager", operatorId, huge, "huge.pdf"))
            .ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge, "files.too_large");
        await (await UploadAsync(admin, "safety_manager", operatorId, null, "none.pdf"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.material_file_required");
        await (await UploadAsync(admin, "no_such_material", operatorId, Pdf(), "x.pdf"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.unknown_material");
        await (await admin.PostAsJsonAsync("/api/v1/licensing/materials", new { material = "safety_manager" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.material_file_required");
        using var broken = new StringContent("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF", System.Text.Encoding.ASCII);
        broken.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        var malformed = await admin.PostAsync("/api/v1/licensing/materials", broken, Ct);
        ((int)malformed.StatusCode).ShouldBeInRange(400, 499, await malformed.Content.ReadAsStringAsync(Ct));

        // The refusals lost nothing: the files accepted before still make a complete application.
        var managerId = await UploadIdAsync(admin, "safety_manager", operatorId);
        var body = Application(operatorId);
        body["materialFiles"] = new Dictionary<string, Guid>
        {
            ["application_form"] = pdfId,
            ["premises_layout"] = jpegId,
            ["safety_system"] = pngId,
            ["safety_manager"] = managerId,
        };
        (await (await ApplyAsync(admin, body)).ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Approved");

        var download = await admin.GetAsync($"/api/v1/licensing/materials/{pdfId}/file", Ct);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await download.Content.ReadAsByteArrayAsync(Ct)).ShouldBe(pdf);
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        await (await xinhui.GetAsync($"/api/v1/licensing/materials/{pdfId}/file", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.material_not_found");
        await (await UploadAsync(xinhui, "safety_manager", operatorId, Pdf(), "x.pdf")).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.operator_not_found");
    }

    [Fact]
    public async Task Complete_materials_are_approved_while_missing_files_send_to_review_whatever_the_checklist_answers_say()
    {
        var (admin, operatorId) = await OperatorAsync();

        var complete = await (await ApplyAsync(admin, Application(operatorId))).ReadJsonAsync();
        complete.GetProperty("status").GetString().ShouldBe("Approved");
        FailedRule(complete, InstantApprovalRules.Materials).GetProperty("passed").GetBoolean().ShouldBeTrue();

        // Every checklist answer is "yes", but only two files came with it.
        var answersOnly = Application(operatorId);
        answersOnly["materialFiles"] = new Dictionary<string, Guid>
        {
            ["application_form"] = await UploadIdAsync(admin, "application_form", operatorId),
            ["safety_system"] = await UploadIdAsync(admin, "safety_system", operatorId),
        };
        var incomplete = await (await ApplyAsync(admin, answersOnly)).ReadJsonAsync();
        incomplete.GetProperty("status").GetString().ShouldBe("UnderReview");
        var rule = FailedRule(incomplete, InstantApprovalRules.Materials);
        rule.GetProperty("passed").GetBoolean().ShouldBeFalse();
        rule.GetProperty("explanation").GetString()!.ShouldContain("经营场所平面布局图");
        rule.GetProperty("explanation").GetString()!.ShouldContain("食品安全管理人员");
        rule.GetProperty("explanation").GetString()!.ShouldNotContain("食品安全管理制度");

        var details = await (await admin.GetAsync($"/api/v1/licensing/applications/{incomplete.GetProperty("id").GetGuid()}/details", Ct)).ReadJsonAsync();
        var checklist = details.GetProperty("checklist").EnumerateArray().ToList();
        checklist.Count.ShouldBe(4);
        checklist.Count(c => c.GetProperty("file").ValueKind == JsonValueKind.Object).ShouldBe(2);

        // A file already taken by an application, or uploaded for another item, is refused.
        var reused = Application(operatorId);
        reused["materialFiles"] = new Dictionary<string, Guid> { ["application_form"] = ((Dictionary<string, Guid>)answersOnly["materialFiles"]!)["application_form"] };
        await (await ApplyAsync(admin, reused)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.material_not_found");
        var wrongKey = Application(operatorId);
        wrongKey["materialFiles"] = new Dictionary<string, Guid> { ["premises_layout"] = await UploadIdAsync(admin, "application_form", operatorId) };
        await (await ApplyAsync(admin, wrongKey)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.material_not_found");
        var otherOperator = await TestData.CreateOperatorAsync(admin);
        var foreign = Application(operatorId);
        foreign["materialFiles"] = new Dictionary<string, Guid> { ["application_form"] = await UploadIdAsync(admin, "application_form", otherOperator) };
        await (await ApplyAsync(admin, foreign)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.material_not_found");
    }

    [Fact]
    public async Task Reviewer_queue_shows_only_the_reviewers_jurisdiction()
    {
        var (admin, operatorId) = await OperatorAsync();
        var id = await UnderReviewAsync(admin, operatorId);
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);

        var item = (await FindInQueueAsync(taishan, id)).ShouldNotBeNull();
        item.GetProperty("failedRules").EnumerateArray().Select(r => r.GetString()).ShouldContain(InstantApprovalRules.CommitmentScope);
        (await FindInQueueAsync(xinhui, id)).ShouldBeNull();
        await (await xinhui.GetAsync($"/api/v1/licensing/applications/{id}/details", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.application_not_found");
        await (await xinhui.PostAsJsonAsync($"/api/v1/licensing/applications/{id}/approve", new { }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.application_not_found");
        await (await xinhui.PostAsJsonAsync($"/api/v1/licensing/applications/{id}/reject", new { reason = "不在辖区" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.application_not_found");
        await (await xinhui.PostAsJsonAsync($"/api/v1/licensing/applications/{id}/site-verifications", new { instructions = "看看" }, Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.application_not_found");
        using var coordinator = await app.ClientAsAsync(TestUsers.HuichengCoordinator);
        (await coordinator.GetAsync("/api/v1/licensing/review", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var page = await taishan.GetPageAsync("/licensing/review?page=" + 1);
        page.ShouldContain("许可审查");
        page.ShouldContain("《食品经营许可和备案管理办法（市场监管总局令第78号）》");
    }

    [Fact]
    public async Task Deadline_is_counted_in_working_days_across_the_national_day_holiday_and_overdue_rows_are_marked()
    {
        var (admin, operatorId) = await OperatorAsync();
        var late = await UnderReviewAsync(admin, operatorId);
        var fresh = await UnderReviewAsync(admin, operatorId);

        // Submitted on Tuesday 29 September 2026: 10 working days skip 1–7 October and count Saturday 10 October (调休).
        var submitted = new DateTimeOffset(2026, 9, 29, 2, 0, 0, TimeSpan.Zero);
        object stored = ShianAppFactory.IsPostgres ? submitted : new DateTimeOffsetToBinaryConverter().ConvertToProvider(submitted)!;
        (await app.ExecuteAsync("UPDATE licensing_application SET \"SubmittedAt\" = @at WHERE \"Id\" = @id", ("@at", stored), ("@id", ShianAppFactory.IsPostgres ? late : late.ToString().ToUpperInvariant())))
            .ShouldBe(1);

        using var scope = app.Services.CreateScope();
        var calendar = scope.ServiceProvider.GetRequiredService<IWorkingDayCalendar>();
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).DateTime);
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);

        var overdue = (await FindInQueueAsync(taishan, late)).ShouldNotBeNull();
        overdue.GetProperty("dueOn").GetString().ShouldBe("2026-10-19");
        overdue.GetProperty("overdue").GetBoolean().ShouldBeTrue();
        overdue.GetProperty("workingDaysLeft").GetInt32().ShouldBe(-await calendar.CountWorkingDaysAsync(new DateOnly(2026, 10, 19), today, Ct));

        var onTime = (await FindInQueueAsync(taishan, fresh)).ShouldNotBeNull();
        var due = await calendar.AddWorkingDaysAsync(today, 10, Ct);
        onTime.GetProperty("dueOn").GetString().ShouldBe(due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        onTime.GetProperty("overdue").GetBoolean().ShouldBeFalse();
        onTime.GetProperty("workingDaysLeft").GetInt32().ShouldBe(10);

        var details = await (await taishan.GetAsync($"/api/v1/licensing/applications/{late}/details", Ct)).ReadJsonAsync();
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

    [Fact]
    public async Task Reviewer_approves_with_a_licence_or_rejects_with_a_reason_the_applicant_reads_and_both_are_on_the_timeline_and_audited()
    {
        var (admin, operatorId) = await OperatorAsync();
        using var enterprise = await EnterpriseAsync(operatorId);
        var toApprove = await UnderReviewAsync(enterprise, null);
        var toReject = await UnderReviewAsync(enterprise, null);
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);

        (await enterprise.PostAsJsonAsync($"/api/v1/licensing/applications/{toApprove}/approve", new { }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var approved = await (await taishan.PostAsJsonAsync($"/api/v1/licensing/applications/{toApprove}/approve", new { reason = "现场条件符合" }, Ct)).ReadJsonAsync();
        approved.GetProperty("status").GetString().ShouldBe("Approved");
        var number = approved.GetProperty("licenceNumber").GetString()!;
        LicenceNumber.IsWellFormed(number).ShouldBeTrue();
        var pdf = await enterprise.GetByteArrayAsync($"/api/v1/documents/{approved.GetProperty("licenceDocumentId").GetGuid()}/pdf", Ct);
        (await ExternalTools.PdfTextAsync(pdf)).ShouldContain(number);
        await (await taishan.PostAsJsonAsync($"/api/v1/licensing/applications/{toApprove}/approve", new { }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.not_under_review");

        await (await taishan.PostAsJsonAsync($"/api/v1/licensing/applications/{toReject}/reject", new { reason = "  " }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.reason_required");
        await (await taishan.PostAsJsonAsync($"/api/v1/licensing/applications/{toReject}/reject", new { reason = new string('理', 1001) }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        var rejected = await (await taishan.PostAsJsonAsync($"/api/v1/licensing/applications/{toReject}/reject", new { reason = "冷库温控设施不符合要求" }, Ct)).ReadJsonAsync();
        rejected.GetProperty("status").GetString().ShouldBe("Rejected");

        var seen = await (await enterprise.GetAsync($"/api/v1/licensing/applications/{toReject}/details", Ct)).ReadJsonAsync();
        seen.GetProperty("status").GetString().ShouldBe("Rejected");
        seen.GetProperty("reviewReason").GetString().ShouldBe("冷库温控设施不符合要求");
        var page = await enterprise.GetPageAsync($"/licensing/applications/{toReject}");
        page.ShouldContain("不予许可");
        page.ShouldContain("冷库温控设施不符合要求");
        (await enterprise.GetPageAsync($"/licensing/applications/{toApprove}")).ShouldContain(number);

        var timeline = await admin.GetStringAsync($"/api/v1/operators/{operatorId}/timeline", Ct);
        timeline.ShouldContain("licensing.application_approved");
        timeline.ShouldContain("licensing.application_rejected");
        timeline.ShouldContain(number);
        var audit = await admin.GetStringAsync($"/api/v1/audit/entries?entityId={toReject}", Ct);
        audit.ShouldContain("Rejected");
        audit.ShouldContain("冷库温控设施不符合要求");

        var licences = await (await enterprise.GetAsync($"/api/v1/licensing/operators/{operatorId}/licences", Ct)).ReadJsonAsync();
        licences.EnumerateArray().Select(l => l.GetProperty("number").GetString()).ShouldContain(number);
        var tab = await admin.GetPageAsync($"/operators/{operatorId}?tab=licensing");
        tab.ShouldContain(number);
        tab.ShouldContain($"/licensing/applications/{toReject}");
    }

    [Fact]
    public async Task Two_reviewers_approving_at_once_issue_one_licence()
    {
        var (admin, operatorId) = await OperatorAsync();
        var id = await UnderReviewAsync(admin, operatorId);
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => taishan.PostAsJsonAsync($"/api/v1/licensing/applications/{id}/approve", new { }, Ct)));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.OK).ShouldAllBe(r => r.StatusCode == HttpStatusCode.Conflict);
        var licences = await (await admin.GetAsync($"/api/v1/licensing/operators/{operatorId}/licences", Ct)).ReadJsonAsync();
        licences.GetArrayLength().ShouldBe(1);
    }

    [Fact]
    public async Task A_banned_legal_representative_cannot_be_approved_by_a_reviewer()
    {
        var (admin, operatorId) = await OperatorAsync();
        var body = Application(operatorId);
        (await admin.PostAsJsonAsync("/api/v1/credit/bans", new
        {
            personName = "李四",
            idNumber = body["legalRepresentativeIdNumber"],
            reason = "食品安全犯罪",
            decision = "江市监罚〔2025〕30号",
            bannedFrom = "2025-01-01",
        }, Ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var id = (await (await ApplyAsync(admin, body)).ReadJsonAsync()).GetProperty("id").GetGuid();
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);

        await (await taishan.PostAsJsonAsync($"/api/v1/licensing/applications/{id}/approve", new { }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.approval_barred");
        (await (await taishan.PostAsJsonAsync($"/api/v1/licensing/applications/{id}/reject", new { reason = "法定代表人处于从业禁止期" }, Ct)).ReadJsonAsync())
            .GetProperty("status").GetString().ShouldBe("Rejected");
    }

    [Fact]
    public async Task Site_verification_goes_to_the_premises_town_inspectors_and_holds_the_decision_until_recorded()
    {
        var (admin, operatorId) = await OperatorAsync();
        var id = await UnderReviewAsync(admin, operatorId);
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);

        await (await taishan.PostAsJsonAsync($"/api/v1/licensing/applications/{id}/site-verifications", new { instructions = "" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        var created = await taishan.PostAsJsonAsync($"/api/v1/licensing/applications/{id}/site-verifications", new { instructions = "核实冷库温度记录" }, Ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var verificationId = (await created.ReadJsonAsync()).GetProperty("id").GetGuid();
        await (await taishan.PostAsJsonAsync($"/api/v1/licensing/applications/{id}/site-verifications", new { instructions = "再看一次" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.site_verification_open");
        await (await taishan.PostAsJsonAsync($"/api/v1/licensing/applications/{id}/approve", new { }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.site_verification_open");

        (await taishan.GetStringAsync("/api/v1/licensing/tasks", Ct)).ShouldContain(verificationId.ToString());
        (await xinhui.GetStringAsync("/api/v1/licensing/tasks", Ct)).ShouldNotContain(verificationId.ToString());
        await (await xinhui.PostAsJsonAsync($"/api/v1/licensing/site-verifications/{verificationId}/outcome", new { passed = true }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.site_verification_not_found");
        await (await taishan.PostAsJsonAsync($"/api/v1/licensing/site-verifications/{verificationId}/outcome", new { passed = false }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.notes_required");
        (await (await taishan.PostAsJsonAsync($"/api/v1/licensing/site-verifications/{verificationId}/outcome", new { passed = true, notes = "温度记录完整" }, Ct)).ReadJsonAsync())
            .GetProperty("status").GetString().ShouldBe("Passed");
        await (await taishan.PostAsJsonAsync($"/api/v1/licensing/site-verifications/{verificationId}/outcome", new { passed = true }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.already_recorded");

        var approved = await (await taishan.PostAsJsonAsync($"/api/v1/licensing/applications/{id}/approve", new { }, Ct)).ReadJsonAsync();
        approved.GetProperty("status").GetString().ShouldBe("Approved");
        approved.GetProperty("siteVerifications").EnumerateArray().Single().GetProperty("notes").GetString().ShouldBe("温度记录完整");
    }

    [Fact]
    public async Task Enterprise_user_cannot_see_another_operators_application_materials_or_licences()
    {
        var (admin, own) = await OperatorAsync();
        var other = await TestData.CreateOperatorAsync(admin);
        var otherBody = Application(other);
        var otherApplication = await (await ApplyAsync(admin, otherBody)).ReadJsonAsync();
        var otherId = otherApplication.GetProperty("id").GetGuid();
        var otherFile = ((Dictionary<string, Guid>)otherBody["materialFiles"]!)["application_form"];
        using var enterprise = await EnterpriseAsync(own);

        await (await enterprise.GetAsync($"/api/v1/licensing/applications/{otherId}/details", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.application_not_found");
        await (await enterprise.GetAsync($"/api/v1/licensing/materials/{otherFile}/file", Ct)).ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.material_not_found");
        (await (await enterprise.GetAsync($"/api/v1/licensing/operators/{other}/licences", Ct)).ReadJsonAsync()).GetArrayLength().ShouldBe(0);
        (await (await enterprise.GetAsync($"/api/v1/licensing/operators/{other}/applications", Ct)).ReadJsonAsync()).GetArrayLength().ShouldBe(0);
        await (await UploadAsync(enterprise, "application_form", other, Pdf(), "a.pdf")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, "licensing.not_your_operator");
        (await enterprise.GetAsync($"/licensing/applications/{otherId}", Ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await enterprise.GetAsync("/api/v1/licensing/review", Ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Its own: uploads without naming the operator, applies, and sees the decision with every rule.
        var mine = await (await ApplyAsync(enterprise, Application(null))).ReadJsonAsync();
        var details = await (await enterprise.GetAsync($"/api/v1/licensing/applications/{mine.GetProperty("id").GetGuid()}/details", Ct)).ReadJsonAsync();
        details.GetProperty("rules").GetArrayLength().ShouldBe(7);
        details.GetProperty("checklist").EnumerateArray().ShouldAllBe(c => c.GetProperty("file").ValueKind == JsonValueKind.Object);
        var page = await enterprise.GetPageAsync("/licensing/my");
        page.ShouldContain(mine.GetProperty("licenceNumber").GetString()!);
    }

    [Fact]
    public async Task Inspector_records_a_post_approval_check_and_discrepancies_flag_the_licence()
    {
        var (admin, operatorId) = await OperatorAsync();
        var confirmedNumber = (await (await ApplyAsync(admin, Application(operatorId))).ReadJsonAsync()).GetProperty("licenceNumber").GetString()!;
        var flaggedNumber = (await (await ApplyAsync(admin, Application(operatorId))).ReadJsonAsync()).GetProperty("licenceNumber").GetString()!;
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        var checks = (await (await taishan.GetAsync("/api/v1/licensing/tasks", Ct)).ReadJsonAsync()).GetProperty("checks").EnumerateArray().ToList();
        var confirmedCheck = checks.Single(c => c.GetProperty("licenceNumber").GetString() == confirmedNumber).GetProperty("id").GetGuid();
        var flaggedCheck = checks.Single(c => c.GetProperty("licenceNumber").GetString() == flaggedNumber).GetProperty("id").GetGuid();

        await (await xinhui.PostAsJsonAsync($"/api/v1/licensing/checks/{confirmedCheck}/outcome", new { outcome = "Confirmed" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.check_not_found");
        await (await taishan.PostAsJsonAsync($"/api/v1/licensing/checks/{confirmedCheck}/outcome", new { outcome = "Maybe" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        await (await taishan.PostAsJsonAsync($"/api/v1/licensing/checks/{flaggedCheck}/outcome", new { outcome = "Discrepancies", notes = " " }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.notes_required");

        (await (await taishan.PostAsJsonAsync($"/api/v1/licensing/checks/{confirmedCheck}/outcome", new { outcome = "Confirmed" }, Ct)).ReadJsonAsync())
            .GetProperty("licenceFlagged").GetBoolean().ShouldBeFalse();
        var flagged = await (await taishan.PostAsJsonAsync($"/api/v1/licensing/checks/{flaggedCheck}/outcome", new { outcome = "Discrepancies", notes = "实际经营场所面积与申报不符" }, Ct)).ReadJsonAsync();
        flagged.GetProperty("status").GetString().ShouldBe("Discrepancies");
        flagged.GetProperty("licenceFlagged").GetBoolean().ShouldBeTrue();
        await (await taishan.PostAsJsonAsync($"/api/v1/licensing/checks/{flaggedCheck}/outcome", new { outcome = "Confirmed" }, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.already_recorded");

        var open = await taishan.GetStringAsync("/api/v1/licensing/checks", Ct);
        open.ShouldNotContain(confirmedNumber);
        open.ShouldNotContain(flaggedNumber);
        var licences = (await (await admin.GetAsync($"/api/v1/licensing/operators/{operatorId}/licences", Ct)).ReadJsonAsync()).EnumerateArray().ToList();
        licences.Single(l => l.GetProperty("number").GetString() == flaggedNumber).GetProperty("flaggedForReview").GetBoolean().ShouldBeTrue();
        licences.Single(l => l.GetProperty("number").GetString() == confirmedNumber).GetProperty("flaggedForReview").GetBoolean().ShouldBeFalse();
        (await admin.GetStringAsync($"/api/v1/operators/{operatorId}/timeline", Ct)).ShouldContain("licensing.check_discrepancies");
    }

    [Fact]
    public async Task Inspector_records_a_check_on_the_checks_page()
    {
        var (admin, operatorId) = await OperatorAsync();
        var number = (await (await ApplyAsync(admin, Application(operatorId))).ReadJsonAsync()).GetProperty("licenceNumber").GetString()!;
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        var checkId = (await (await taishan.GetAsync("/api/v1/licensing/tasks", Ct)).ReadJsonAsync()).GetProperty("checks").EnumerateArray()
            .Single(c => c.GetProperty("licenceNumber").GetString() == number).GetProperty("id").GetGuid();

        var response = await taishan.PostFormAsync("/licensing/checks", $"check-{checkId}", ("outcome", "Discrepancies"), ("notes", "未见承诺的冷藏设备"));
        var page = await taishan.FollowRedirectAsync(response);

        page.ShouldContain("已记录");
        page.ShouldNotContain(number);
        var licence = (await (await admin.GetAsync($"/api/v1/licensing/operators/{operatorId}/licences", Ct)).ReadJsonAsync()).EnumerateArray().Single();
        licence.GetProperty("flaggedForReview").GetBoolean().ShouldBeTrue();
    }
}
