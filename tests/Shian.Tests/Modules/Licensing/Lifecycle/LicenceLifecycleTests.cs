using System.Net;
using System.Net.Http.Json;
using Shian.Modules.Licensing.Domain;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Licensing.LifecycleTestKit;

namespace Shian.Tests.Modules.Licensing.Lifecycle;

/// <summary>Change, renewal, replacement and cancellation of an existing licence, through the API.</summary>
[Collection(AppCollection.Name)]
public sealed class LicenceLifecycleTests(ShianAppFactory app)
{
    private readonly LifecycleTestKit _kit = new(app);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Change_of_name_and_items_is_approved_at_once_with_a_new_certificate_under_the_same_number()
    {
        var held = await _kit.LicenceAsync();
        var before = await _kit.StoredAsync(held.Number);
        var body = Body(ChangeMaterials);
        body["operatorName"] = held.OperatorName + "（变更）";
        body["businessItems"] = new[] { "prepackaged" };

        var response = await PostAsync(held.Enterprise, held.Number, "changes", body);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var application = await response.ReadJsonAsync();
        application.GetProperty("kind").GetString().ShouldBe("Change");
        application.GetProperty("status").GetString().ShouldBe("Approved", application.GetRawText());
        application.GetProperty("licenceNumber").GetString().ShouldBe(held.Number);
        Rules(application).ShouldAllBe(r => r.GetProperty("passed").GetBoolean());
        var licence = await (await held.Enterprise.GetAsync(LicensingApiPaths.Licence(held.Number), Ct)).ReadJsonAsync();
        licence.GetProperty("operatorName").GetString().ShouldBe(held.OperatorName + "（变更）");
        licence.GetProperty("businessItems").EnumerateArray().Select(i => i.GetString()).ShouldBe(["prepackaged"]);
        licence.GetProperty("validUntil").GetString().ShouldBe(before.ValidUntil.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var documentId = licence.GetProperty("documentId").GetGuid();
        documentId.ShouldNotBe(before.DocumentId!.Value);
        var text = await ExternalTools.PdfTextAsync(await held.Admin.GetByteArrayAsync($"/api/v1/documents/{documentId}/pdf", Ct));
        text.ShouldContain(held.OperatorName + "（变更）");
        text.ShouldContain(held.Number);
        (await held.Admin.GetStringAsync($"/api/v1/operators/{held.OperatorId}/timeline", Ct)).ShouldContain("licensing.licence_changed");
    }

    [Fact]
    public async Task Change_of_premises_address_is_refused_as_needing_a_new_licence_and_empty_changes_are_400()
    {
        var held = await _kit.LicenceAsync();
        var move = Body(ChangeMaterials);
        move["premisesAddress"] = "江门市台山市台城街道新址路1号";
        var refused = await (await PostAsync(held.Enterprise, held.Number, "changes", move))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "licensing.premises_change_needs_new_licence");
        refused.GetProperty("detail").GetString()!.ShouldContain("重新申请");
        refused.GetProperty("detail").GetString()!.ShouldContain("第二十九条");

        await (await PostAsync(held.Enterprise, held.Number, "changes", Body(ChangeMaterials)))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.nothing_to_change");
        var unknown = Body(ChangeMaterials);
        unknown["businessItems"] = new[] { "caviar" };
        await (await PostAsync(held.Enterprise, held.Number, "changes", unknown))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.unknown_business_item");
        var newRepresentativeWithoutId = Body(ChangeMaterials);
        newRepresentativeWithoutId["legalRepresentative"] = "李四";
        await (await PostAsync(held.Enterprise, held.Number, "changes", newRepresentativeWithoutId))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        (await _kit.ApplicationsForAsync(held.Number)).ShouldBe(0);
    }

    [Fact]
    public async Task Adding_an_item_outside_the_commitment_scope_goes_to_review_and_blocks_a_second_application()
    {
        var held = await _kit.LicenceAsync();
        var body = Body(ChangeMaterials);
        body["businessItems"] = new[] { "bulk", "cold_chain", "prepackaged" };

        var application = await (await PostAsync(held.Enterprise, held.Number, "changes", body)).ReadJsonAsync();

        application.GetProperty("status").GetString().ShouldBe("UnderReview");
        var rule = Rules(application).Single(r => r.GetProperty("rule").GetString() == LifecycleRules.AddedItemsInScope);
        rule.GetProperty("passed").GetBoolean().ShouldBeFalse();
        rule.GetProperty("explanation").GetString()!.ShouldContain("冷藏冷冻食品销售");
        (await _kit.StoredAsync(held.Number)).BusinessItems.ShouldBe("bulk,prepackaged");
        (await held.Admin.GetStringAsync($"/api/v1/operators/{held.OperatorId}/timeline", Ct)).ShouldContain("licensing.change_submitted");
        await (await PostAsync(held.Enterprise, held.Number, "replacements", WithReason(Body(ReplacementMaterials), "lost")))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.application_pending");
    }

    [Fact]
    public async Task Only_the_holder_or_staff_in_scope_may_apply_about_a_licence()
    {
        var held = await _kit.LicenceAsync();
        var other = await _kit.LicenceAsync();
        using var xinhui = await app.ClientAsAsync(TestUsers.XinhuiInspector);
        using var taishan = await app.ClientAsAsync(TestUsers.TaishanInspector);
        using var coordinator = await app.ClientAsAsync(TestUsers.HuichengCoordinator);

        await (await PostAsync(other.Enterprise, held.Number, "replacements", WithReason(Body(ReplacementMaterials), "lost")))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden, "licensing.not_your_licence");
        await (await PostAsync(xinhui, held.Number, "replacements", WithReason(Body(ReplacementMaterials), "lost")))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.licence_not_found");
        (await PostAsync(coordinator, held.Number, "replacements", WithReason(Body(ReplacementMaterials), "lost"))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await (await PostAsync(held.Enterprise, "JY14407810000000", "cancellations", WithReason(Body(CancellationMaterials), "歇业")))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "licensing.licence_not_found");
        (await _kit.ApplicationsForAsync(held.Number)).ShouldBe(0);

        var byStaff = await PostAsync(taishan, held.Number, "replacements", WithReason(Body(ReplacementMaterials), "damaged"));
        (await byStaff.ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Approved");
    }

    [Fact]
    public async Task Renewal_inside_the_window_keeps_the_number_and_adds_a_validity_period_and_a_replay_makes_one_application()
    {
        var held = await _kit.LicenceAsync();
        await (await PostAsync(held.Enterprise, held.Number, "renewals", Body(RenewalMaterials)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.outside_renewal_window");
        var expiry = Today.AddDays(80);
        await _kit.SetValidUntilAsync(held.Number, expiry);
        var body = Body(RenewalMaterials);

        var first = await PostAsync(held.Enterprise, held.Number, "renewals", body);
        var replay = await PostAsync(held.Enterprise, held.Number, "renewals", body);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        replay.StatusCode.ShouldBe(HttpStatusCode.OK);
        var application = await first.ReadJsonAsync();
        application.GetProperty("status").GetString().ShouldBe("Approved", application.GetRawText());
        (await replay.ReadJsonAsync()).GetProperty("id").GetGuid().ShouldBe(application.GetProperty("id").GetGuid());
        (await _kit.ApplicationsForAsync(held.Number)).ShouldBe(1);
        var licence = await _kit.StoredAsync(held.Number);
        licence.Number.ShouldBe(held.Number);
        licence.ValidUntil.ShouldBe(expiry.AddYears(5));
        licence.Status.ShouldBe(LicenceStatus.Valid);
        (await held.Admin.GetStringAsync($"/api/v1/operators/{held.OperatorId}/timeline", Ct)).ShouldContain("licensing.licence_renewed");
    }

    [Fact]
    public async Task Renewal_too_late_or_of_an_expired_licence_is_refused()
    {
        var held = await _kit.LicenceAsync();
        await _kit.SetValidUntilAsync(held.Number, Today.AddDays(5));
        var late = await (await PostAsync(held.Enterprise, held.Number, "renewals", Body(RenewalMaterials)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.outside_renewal_window");
        late.GetProperty("detail").GetString()!.ShouldContain("15个工作日");

        await _kit.SetValidUntilAsync(held.Number, Today.AddDays(-1));
        var expired = await (await PostAsync(held.Enterprise, held.Number, "renewals", Body(RenewalMaterials)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.licence_state_forbids");
        expired.GetProperty("detail").GetString()!.ShouldContain("重新申请");
        (await _kit.ApplicationsForAsync(held.Number)).ShouldBe(0);
    }

    [Fact]
    public async Task Replacement_issues_a_new_document_with_the_same_number_and_validity()
    {
        var held = await _kit.LicenceAsync();
        var before = await _kit.StoredAsync(held.Number);

        var application = await (await PostAsync(held.Enterprise, held.Number, "replacements", WithReason(Body(ReplacementMaterials), "lost"))).ReadJsonAsync();

        application.GetProperty("status").GetString().ShouldBe("Approved");
        var after = await _kit.StoredAsync(held.Number);
        after.DocumentId.ShouldNotBe(before.DocumentId);
        after.ValidUntil.ShouldBe(before.ValidUntil);
        (await held.Admin.GetStringAsync($"/api/v1/operators/{held.OperatorId}/timeline", Ct)).ShouldContain("licensing.licence_replaced");
        await (await PostAsync(held.Enterprise, held.Number, "replacements", WithReason(Body(ReplacementMaterials), "stolen")))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "request.validation_failed");
        var incomplete = Body(["application_form"]);
        var review = await (await PostAsync(held.Enterprise, held.Number, "replacements", WithReason(incomplete, "damaged"))).ReadJsonAsync();
        review.GetProperty("status").GetString().ShouldBe("UnderReview");
        Rules(review).Single(r => r.GetProperty("rule").GetString() == LifecycleRules.Materials).GetProperty("explanation").GetString()!
            .ShouldContain("遗失声明");
    }

    [Fact]
    public async Task Cancellation_makes_the_licence_cancelled_on_the_public_page_and_admits_nothing_afterwards()
    {
        var held = await _kit.LicenceAsync();

        var application = await (await PostAsync(held.Enterprise, held.Number, "cancellations", WithReason(Body(CancellationMaterials), "歇业"))).ReadJsonAsync();

        application.GetProperty("status").GetString().ShouldBe("Approved");
        application.GetProperty("kind").GetString().ShouldBe("Cancellation");
        using var anonymous = app.AnonymousClient();
        (await VerifiedStatusAsync(anonymous, held.Number)).ShouldBe("Cancelled");
        (await anonymous.GetStringAsync($"/verify/licence/{held.Number}", Ct)).ShouldContain("已注销");
        (await held.Admin.GetStringAsync($"/api/v1/operators/{held.OperatorId}/timeline", Ct)).ShouldContain("licensing.licence_cancelled");
        foreach (var (kind, body) in new[]
        {
            ("cancellations", WithReason(Body(CancellationMaterials), "再次注销")),
            ("replacements", WithReason(Body(ReplacementMaterials), "lost")),
            ("renewals", Body(RenewalMaterials)),
        })
        {
            (await (await PostAsync(held.Enterprise, held.Number, kind, body)).ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.licence_state_forbids"))
                .GetProperty("detail").GetString()!.ShouldContain("已注销");
        }
    }

    [Fact]
    public async Task Verification_shows_valid_expired_revoked_and_cancelled_as_each_is()
    {
        var valid = await _kit.LicenceAsync();
        var expired = await _kit.LicenceAsync();
        var revoked = await _kit.LicenceAsync();
        await _kit.SetValidUntilAsync(expired.Number, Today.AddDays(-3));
        await app.ExecuteAsync("UPDATE licensing_licence SET \"Status\" = 'Revoked' WHERE \"Number\" = @n", ("@n", revoked.Number));
        using var anonymous = app.AnonymousClient();

        (await VerifiedStatusAsync(anonymous, valid.Number)).ShouldBe("Valid");
        (await VerifiedStatusAsync(anonymous, expired.Number)).ShouldBe("Expired");
        (await VerifiedStatusAsync(anonymous, revoked.Number)).ShouldBe("Revoked");
        (await anonymous.GetStringAsync($"/verify/licence/{valid.Number}", Ct)).ShouldContain("有效");
        (await anonymous.GetStringAsync($"/verify/licence/{expired.Number}", Ct)).ShouldContain("已过期");
        (await anonymous.GetStringAsync($"/verify/licence/{revoked.Number}", Ct)).ShouldContain("已吊销");
        await (await PostAsync(revoked.Enterprise, revoked.Number, "changes", Body(ChangeMaterials)))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.licence_state_forbids");
        var cancelExpired = await PostAsync(expired.Enterprise, expired.Number, "cancellations", WithReason(Body(CancellationMaterials), "到期不再经营"));
        (await cancelExpired.ReadJsonAsync()).GetProperty("status").GetString().ShouldBe("Approved");
        (await VerifiedStatusAsync(anonymous, expired.Number)).ShouldBe("Cancelled");
    }

    [Fact]
    public async Task Missing_idempotency_key_is_400()
    {
        var held = await _kit.LicenceAsync();
        var body = WithReason(Body(ReplacementMaterials), "lost");
        body.Remove("idempotencyKey");

        await (await held.Enterprise.PostAsJsonAsync(LicensingApiPaths.Replacements(held.Number), body, TestData.Json, Ct))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "licensing.idempotency_key_required");
    }

    private static Dictionary<string, object?> WithReason(Dictionary<string, object?> body, string reason)
    {
        body["reason"] = reason;
        return body;
    }
}
