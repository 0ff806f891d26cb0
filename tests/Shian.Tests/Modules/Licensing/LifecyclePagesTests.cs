using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Shian.Tests.Infrastructure;
using static Shian.Tests.Modules.Licensing.LifecycleTestKit;

namespace Shian.Tests.Modules.Licensing;

/// <summary>
/// The enterprise's lifecycle, filing and SC forms and the staff's SC decision and revocation pages, posted as a
/// browser without scripts posts them: each renders, keeps what was typed on errors and leads to the decision.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class LifecyclePagesTests(ShianAppFactory app)
{
    private readonly LifecycleTestKit _kit = new(app);

    [Fact]
    public async Task Change_form_keeps_what_was_typed_shows_field_messages_and_then_the_decision_with_every_rule()
    {
        var held = await _kit.LicenceAsync();
        var url = $"/licensing/licences/{held.Number}/change";
        var page = await held.Enterprise.GetPageAsync(url);
        page.ShouldContain("许可证变更申请");
        page.ShouldContain(held.Number);
        page.ShouldContain("申请书"); // a checklist item of licensing.materials.change

        var newName = held.OperatorName + "（新）";
        var badId = await (await held.Enterprise.PostFormAsync(url, "lifecycle",
            Fields(Materials(ChangeMaterials), ("operatorName", newName), ("legalRepresentative", "李四"), ("legalRepresentativeIdNumber", "12345"))))
            .ReadPageAsync();
        badId.ShouldContain("身份证号码应为18位");
        badId.ShouldContain($"value=\"{newName}\"");
        badId.ShouldContain("value=\"李四\"");
        badId.ShouldContain("value=\"12345\"");

        var noId = await (await held.Enterprise.PostFormAsync(url, "lifecycle",
            Fields(Materials(ChangeMaterials), ("operatorName", newName), ("legalRepresentative", "李四")))).ReadPageAsync();
        noId.ShouldContain("变更法定代表人（负责人）时请填写其身份证号码");
        noId.ShouldContain($"value=\"{newName}\"");

        var response = await held.Enterprise.PostFormAsync(url, "lifecycle",
            Fields(Materials(ChangeMaterials), ("operatorName", newName), ("item", "1:prepackaged"), ("item", "1:bulk")));
        var decision = await held.Enterprise.FollowRedirectAsync(response);
        decision.ShouldContain("变更");
        decision.ShouldContain("已准予许可");
        decision.ShouldContain("申请类型适用告知承诺");
        decision.ShouldContain("新增经营项目在告知承诺范围内");
        decision.ShouldContain($"经营者名称变更为 {newName}");
        (await _kit.StoredAsync(held.Number)).OperatorName.ShouldBe(newName);
    }

    [Fact]
    public async Task Renewal_form_says_when_the_window_opens_and_renews_inside_it()
    {
        var held = await _kit.LicenceAsync();
        var url = $"/licensing/licences/{held.Number}/renewal";
        var early = await held.Enterprise.GetPageAsync(url);
        early.ShouldContain("尚未到延续申请期");
        OpensOn().IsMatch(early).ShouldBeTrue(early);
        early.ShouldContain("第78号");
        var refused = await (await held.Enterprise.PostFormAsync(url, "lifecycle", Fields(Materials(RenewalMaterials)))).ReadPageAsync();
        refused.ShouldContain("应在届满前90个工作日内申请延续");

        await _kit.SetValidUntilAsync(held.Number, Today.AddDays(45));
        (await held.Enterprise.GetPageAsync(url)).ShouldContain("可以申请延续");
        var decision = await held.Enterprise.FollowRedirectAsync(
            await held.Enterprise.PostFormAsync(url, "lifecycle", Fields(Materials(RenewalMaterials))));
        decision.ShouldContain("已准予许可");
        (await _kit.StoredAsync(held.Number)).ValidUntil.ShouldBe(Today.AddDays(45).AddYears(5));
    }

    [Fact]
    public async Task Replacement_and_cancellation_forms_ask_for_their_reason_then_decide()
    {
        var held = await _kit.LicenceAsync();
        var replace = $"/licensing/licences/{held.Number}/replacement";
        (await held.Enterprise.GetPageAsync(replace)).ShouldContain("遗失");
        var noReason = await (await held.Enterprise.PostFormAsync(replace, "lifecycle", Fields(Materials(ReplacementMaterials)))).ReadPageAsync();
        noReason.ShouldContain("请选择补办原因");
        (await held.Enterprise.FollowRedirectAsync(await held.Enterprise.PostFormAsync(replace, "lifecycle",
            Fields(Materials(ReplacementMaterials), ("reason", "lost"))))).ShouldContain("补办原因：遗失");

        var cancel = $"/licensing/licences/{held.Number}/cancellation";
        var missing = await (await held.Enterprise.PostFormAsync(cancel, "lifecycle", Fields([("material", "application_form")]))).ReadPageAsync();
        missing.ShouldContain("请填写注销原因");
        missing.ShouldContain("name=\"material\" value=\"application_form\" checked");
        var decision = await held.Enterprise.FollowRedirectAsync(await held.Enterprise.PostFormAsync(cancel, "lifecycle",
            Fields(Materials(CancellationMaterials), ("reason", "店铺转让，停止经营"))));
        decision.ShouldContain("已准予许可");
        decision.ShouldContain("店铺转让，停止经营");
        using var anonymous = app.AnonymousClient();
        var verify = await anonymous.GetPageAsync($"/verify/licence/{held.Number}");
        verify.ShouldContain("已注销");
        verify.ShouldContain("注销日期");

        // My licensing no longer offers actions on it; another operator's licence is not reachable.
        var other = await _kit.LicenceAsync();
        (await held.Enterprise.GetAsync($"/licensing/licences/{other.Number}/change", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var mine = await held.Enterprise.GetPageAsync("/licensing/my");
        mine.ShouldNotContain($"/licensing/licences/{held.Number}/change");
        mine.ShouldContain("/licensing/filing");
        mine.ShouldContain("/licensing/production/apply");
    }

    [Fact]
    public async Task Filing_form_refuses_items_that_need_a_licence_by_name_and_records_prepackaged_sellers()
    {
        var held = await _kit.LicenceAsync();
        var address = "江门市台山市台城街道备案页面路" + TestData.Token() + "号";
        (await held.Enterprise.GetPageAsync("/licensing/filing")).ShouldContain("仅销售预包装食品备案");

        var refused = await (await held.Enterprise.PostFormAsync("/licensing/filing", "filing",
            ("idempotencyKey", Guid.NewGuid().ToString("N")), ("premisesAddress", address), ("premisesTownCode", TestData.TaishanTown),
            ("item", "1:prepackaged"), ("item", "1:bulk"))).ReadPageAsync();
        refused.ShouldContain("散装食品");
        refused.ShouldContain("第三十五条");
        refused.ShouldContain($"value=\"{address}\"");
        refused.ShouldContain($"value=\"{TestData.TaishanTown}\" selected");

        var empty = await (await held.Enterprise.PostFormAsync("/licensing/filing", "filing", ("premisesAddress", address))).ReadPageAsync();
        empty.ShouldContain("请选择经营场所所在镇（街道）");

        var done = await (await held.Enterprise.PostFormAsync("/licensing/filing", "filing",
            ("idempotencyKey", Guid.NewGuid().ToString("N")), ("premisesAddress", address), ("premisesTownCode", TestData.TaishanTown),
            ("item", "1:prepackaged"))).ReadPageAsync();
        done.ShouldContain("已备案");
        var number = FilingNumber().Match(done);
        number.Success.ShouldBeTrue(done);
        done.ShouldContain($"/verify/filing/{number.Value}");
    }

    [Fact]
    public async Task Production_form_keeps_input_and_the_reviewer_decides_with_the_on_site_review_note()
    {
        var held = await _kit.LicenceAsync();
        var address = "江门市台山市台城街道生产页面路" + TestData.Token() + "号";
        (await held.Enterprise.GetPageAsync("/licensing/production/apply")).ShouldContain("粮食加工品");

        var missing = await (await held.Enterprise.PostFormAsync("/licensing/production/apply", "production",
            ("premisesAddress", address), ("premisesTownCode", TestData.TaishanTown), ("legalRepresentativeIdNumber", held.LegalRepresentativeIdNumber)))
            .ReadPageAsync();
        missing.ShouldContain("请选择食品类别");
        missing.ShouldContain($"value=\"{address}\"");
        missing.ShouldContain($"value=\"{held.LegalRepresentativeIdNumber}\"");

        var post = await held.Enterprise.PostFormAsync("/licensing/production/apply", "production",
            [("idempotencyKey", Guid.NewGuid().ToString("N")), ("premisesAddress", address), ("premisesTownCode", TestData.TaishanTown),
             ("foodCategory", "124"), ("legalRepresentativeIdNumber", held.LegalRepresentativeIdNumber), .. Materials(ProductionMaterials)]);
        var applicationUrl = post.Headers.Location?.ToString() ?? "";
        ApplicationUrl().IsMatch(applicationUrl).ShouldBeTrue(applicationUrl);
        var submitted = await held.Enterprise.FollowRedirectAsync(post);
        submitted.ShouldContain("食品生产许可（SC）");
        submitted.ShouldContain("审查中");
        submitted.ShouldContain("申请类型适用告知承诺");
        submitted.ShouldNotContain("现场核查与许可决定");

        var queue = await held.Admin.GetPageAsync("/licensing/review?pageSize=200");
        queue.ShouldContain("data-kind=\"Production\"");
        var reviewPage = await held.Admin.GetPageAsync(applicationUrl);
        reviewPage.ShouldContain("现场核查与许可决定");
        reviewPage.ShouldNotContain("name=\"instructions\"");
        // The generic review cannot decide an SC application without the on-site review's note.
        await (await held.Admin.PostAsync($"/api/v1{ApplicationUrl().Match(applicationUrl).Value}/approve", JsonContent.Create(new { }), TestContext.Current.CancellationToken))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, "licensing.production_needs_site_review");
        var noNote = await (await held.Admin.PostFormAsync(applicationUrl, "production-decision", ("approve", "true"))).ReadPageAsync();
        noNote.ShouldContain("请填写现场核查结论");
        var approved = await held.Admin.FollowRedirectAsync(await held.Admin.PostFormAsync(applicationUrl, "production-decision",
            ("approve", "true"), ("siteReviewNote", "两名核查人员现场核查，生产条件符合要求")));
        approved.ShouldContain("已准予许可");
        approved.ShouldContain("两名核查人员现场核查，生产条件符合要求");
        Regex.IsMatch(approved, @"SC124440781\d{5}").ShouldBeTrue();
    }

    [Fact]
    public async Task Revoke_page_is_offered_to_administrators_keeps_input_on_errors_and_revokes()
    {
        var held = await _kit.LicenceAsync();
        var tab = await held.Admin.GetPageAsync($"/operators/{held.OperatorId}?tab=licensing");
        tab.ShouldContain($"/licensing/revoke/{held.Number}");
        (await held.Enterprise.GetPageAsync("/licensing/my")).ShouldNotContain("/licensing/revoke/");
        (await held.Enterprise.GetAsync($"/licensing/revoke/{held.Number}", TestContext.Current.CancellationToken)).StatusCode
            .ShouldNotBe(HttpStatusCode.OK);

        var url = $"/licensing/revoke/{held.Number}";
        var page = await held.Admin.GetPageAsync(url);
        page.ShouldContain("行政处罚决定书文号");
        page.ShouldContain("第一百三十五条");
        var decision = $"台市监罚〔2026〕{TestData.Token()}号";
        var errors = await (await held.Admin.PostFormAsync(url, "revoke", ("decisionNumber", decision), ("legalRepresentativeIdNumber", "abc"))).ReadPageAsync();
        errors.ShouldContain("请填写处罚决定日期");
        errors.ShouldContain("请填写吊销理由");
        errors.ShouldContain("身份证号码应为18位");
        errors.ShouldContain($"value=\"{decision}\"");

        var done = await (await held.Admin.PostFormAsync(url, "revoke", ("decisionNumber", decision), ("decidedOn", Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("reason", "使用非食品原料生产食品"), ("legalRepresentativeIdNumber", held.LegalRepresentativeIdNumber))).ReadPageAsync();
        done.ShouldContain($"许可证 {held.Number} 已吊销");
        done.ShouldContain(Today.AddYears(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        (await _kit.StoredAsync(held.Number)).Status.ShouldBe(Shian.Modules.Licensing.Domain.LicenceStatus.Revoked);
    }

    private static (string Name, string Value)[] Fields((string Name, string Value)[] materials, params (string Name, string Value)[] fields) =>
        [("idempotencyKey", Guid.NewGuid().ToString("N")), ("commitment", "true"), .. materials, .. fields];

    private static (string Name, string Value)[] Materials(string[] keys) => [.. keys.Select(k => ("material", k))];

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}起可以申请延续")]
    private static partial Regex OpensOn();

    [GeneratedRegex(@"YB1440781\d{7}")]
    private static partial Regex FilingNumber();

    [GeneratedRegex(@"/licensing/applications/[0-9a-f-]{36}")]
    private static partial Regex ApplicationUrl();
}
